import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Dialog, Modal as AriaModal, ModalOverlay } from 'react-aria-components';
import { AriaLocale } from './AriaLocale.tsx';

interface ModalProps {
  /** The id of the element that names the dialog (its heading). */
  labelledBy: string;
  describedBy?: string;
  /** Escape, or anything else that dismisses the dialog. */
  onClose: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog (react-aria-components): the rest of the page is hidden from assistive technology and
 * focus stays inside; Escape asks the owner to close it (the owner unmounts it). A click on the backdrop
 * does nothing, so a half-filled form is not lost. On close, focus goes back to the opener.
 */
export function Modal({ labelledBy, describedBy, onClose, className, children }: ModalProps) {
  const dialog = useRef<HTMLElement>(null);
  useReturnToOpener();
  useLayoutEffect(() => {
    // react-aria leaves aria-modal out (a Safari-in-iframe bug); the app is not in an iframe.
    dialog.current?.setAttribute('aria-modal', 'true');
  }, []);

  return (
    <AriaLocale>
      <ModalOverlay
        isOpen
        isDismissable={false}
        onOpenChange={(open) => {
          if (!open) onClose();
        }}
        className="modal-overlay"
      >
        <AriaModal className={`modal ${className ?? ''}`}>
          <Dialog ref={dialog} className="modal-dialog" aria-labelledby={labelledBy} aria-describedby={describedBy}>
            {children}
          </Dialog>
        </AriaModal>
      </ModalOverlay>
    </AriaLocale>
  );
}

/**
 * What had focus when the dialog opened gets it back on close. react-aria restores focus too, but a
 * dialog opened from a menu item would send it to that item, gone by then: its menu's button (the
 * element whose aria-controls names the menu) takes it instead.
 */
function useReturnToOpener(): void {
  const [opener] = useState(() => openerOf(document.activeElement));
  useLayoutEffect(
    () => () => {
      requestAnimationFrame(() => {
        const now = document.activeElement;
        if (opener?.isConnected && (!now || now === document.body || !now.isConnected)) opener.focus();
      });
    },
    [opener],
  );
}

function openerOf(active: Element | null): HTMLElement | null {
  if (!(active instanceof HTMLElement)) return null;
  const menu = active.closest('[role="menu"]');
  const trigger = menu?.id ? document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(menu.id)}"]`) : null;
  return trigger ?? active;
}
