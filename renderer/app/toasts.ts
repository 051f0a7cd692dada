/**
 * Toasts: one queue (react-aria-components' ToastQueue), shown by the shell's one ToastRegion, fixed in
 * the window whatever the scroll. `toast(text)` confirms a change where the user is looking.
 */
import { UNSTABLE_ToastQueue as ToastQueue } from 'react-aria-components';

export interface ToastContent {
  text: string;
}

/** Long enough to read a sentence; react-aria pauses the timer while the region is hovered or focused. */
const TIMEOUT_MS = 6000;

export const toastQueue = new ToastQueue<ToastContent>({ maxVisibleToasts: 3 });

export function toast(text: string): void {
  toastQueue.add({ text }, { timeout: TIMEOUT_MS });
}
