/** The palette's keyboard: Ctrl/Cmd+K toggles it, and closing it gives focus back. */
import { useEffect, useRef } from 'react';
import { usePaletteStore } from './store.ts';

/** Ctrl+K (Cmd+K on a Mac) anywhere opens or closes the palette; not over a modal dialog, which keeps the rest inert. */
export function useShortcut(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'k') return;
      const { open, setOpen } = usePaletteStore.getState();
      if (!open && document.querySelector('dialog[open]')) return;
      e.preventDefault();
      setOpen(!open);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * Radix gives focus back only to a dialog's own trigger: remember what had focus on opening and, once
 * closed, give it back unless the chosen action put focus somewhere (a dialog it opened, a view's field).
 */
export function useReturnFocus(open: boolean): void {
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      return;
    }
    const before = opener.current;
    opener.current = null;
    if (!before) return;
    const frame = requestAnimationFrame(() => {
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost && before.isConnected) before.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [open]);
}
