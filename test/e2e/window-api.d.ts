import type { Api } from '../../core/contract.ts';

declare global {
  interface Window {
    /** What the preload (or the browser bridge) exposes to the page. */
    api?: Api;
  }
}
