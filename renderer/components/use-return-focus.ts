import { useEffect } from 'react';

/** While mounted, remembers what had focus; on unmount gives focus back to it (the button that opened a panel). */
export function useReturnFocus(): void {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
}
