/**
 * Time from an input to the next painted frame, in the page: the action runs, a MutationObserver waits
 * for the table to change (row count or first row), and a task posted from requestAnimationFrame marks
 * the frame after it as painted. Deferred rendering (useDeferredValue) is included, as the user sees it.
 */
import type { Page } from 'playwright-core';

export type TableAction = { kind: 'type'; input: string; value: string } | { kind: 'click'; target: string };

/** Resolves null when the input left the table as it was (nothing to time: the caller skips it). */
export async function timeToPaint(page: Page, table: string, action: TableAction): Promise<number | null> {
  return page.evaluate(
    ({ table, action }) =>
      new Promise<number | null>((resolve, reject) => {
        const root = document.querySelector(table);
        if (!root) return reject(new Error(`no ${table}`));
        // The row count and the first rows' text: a sort that keeps the first row still moves the next ones.
        const signature = () => `${root.getAttribute('aria-rowcount')}|${[...root.querySelectorAll('tbody tr:not([aria-hidden])')].slice(0, 5).map((tr) => tr.textContent).join('|')}`;
        const before = signature();
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(null);
        }, 5_000);
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (signature() === before) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              clearTimeout(timer);
              resolve(performance.now() - t0);
            };
            channel.port2.postMessage(null);
          });
        });
        observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
        if (action.kind === 'click') {
          (document.querySelector(action.target) as HTMLElement | null)?.click();
        } else {
          const input = document.querySelector(action.input) as HTMLInputElement;
          // React tracks the value it last saw: set it through the prototype's setter, then fire input.
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, action.value);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }),
    { table, action },
  );
}
