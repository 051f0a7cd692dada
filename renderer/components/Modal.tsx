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
 * element whose aria-controls names the menu) takes it instead. When the change re-rendered the opener
 * (a reloaded row, a bulk bar that went with the selection), the element now carrying its id or its
 * name takes focus; failing that the view's heading, never the page body.
 */
function useReturnToOpener(): void {
  const [opener] = useState(() => openerOf(document.activeElement));
  const [mark] = useState(() => (opener ? { id: opener.id, name: opener.getAttribute('aria-label') ?? opener.textContent ?? '', tag: opener.tagName } : null));
  useLayoutEffect(
    () => () => {
      const restore = () => {
        const now = document.activeElement;
        if (now && now !== document.body && now.isConnected) return;
        const target = opener?.isConnected ? opener : (findAgain(mark) ?? viewHeading());
        target?.focus();
      };
      requestAnimationFrame(restore);
      keepFocusThroughReload(restore);
    },
    [opener, mark],
  );
}

/**
 * The change a dialog applied reloads the view behind it, which may replace the element just focused:
 * while the page settles (until the user acts, or two seconds), focus dropped to the body is put back.
 */
function keepFocusThroughReload(restore: () => void): void {
  const observer = new MutationObserver(() => {
    if (document.activeElement === document.body || !document.activeElement) restore();
  });
  const stop = () => {
    observer.disconnect();
    window.removeEventListener('pointerdown', stop, true);
    window.removeEventListener('keydown', stop, true);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  window.addEventListener('pointerdown', stop, true);
  window.addEventListener('keydown', stop, true);
  window.setTimeout(stop, 2000);
}

function findAgain(mark: { id: string; name: string; tag: string } | null): HTMLElement | null {
  if (!mark) return null;
  if (mark.id) {
    const byId = document.getElementById(mark.id);
    if (byId) return byId;
  }
  if (!mark.name) return null;
  const main = document.querySelector('main') ?? document.body;
  return [...main.querySelectorAll<HTMLElement>(mark.tag)].find((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '') === mark.name && !el.closest('[inert], [aria-hidden="true"]')) ?? null;
}

/** The current view's heading, made focusable by script only. */
function viewHeading(): HTMLElement | null {
  const heading = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main');
  if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  return heading;
}

function openerOf(active: Element | null): HTMLElement | null {
  if (!(active instanceof HTMLElement)) return null;
  const menu = active.closest('[role="menu"]');
  const trigger = menu?.id ? document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(menu.id)}"]`) : null;
  return trigger ?? active;
}
