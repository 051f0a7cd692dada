/**
 * What the host runs in its hidden window of the app's page (einvoice-archive.ts); no Electron here, so
 * the e2e test runs the same script in Chromium. The script opens the invoice's view through its route, then resolves true once the
 * document with that number is on the page (and its fonts loaded), false after `timeoutMs`.
 */
export function showInvoiceScript(number: string, timeoutMs: number): string {
  const selector = JSON.stringify(`article.invoice[data-number=${JSON.stringify(number)}]`);
  return `new Promise((resolve) => {
  location.hash = ${JSON.stringify(`/invoice/${encodeURIComponent(number)}`)};
  let timer;
  const shown = () => document.querySelector(${selector}) !== null;
  const finish = (ok) => { observer.disconnect(); clearTimeout(timer); document.fonts.ready.then(() => resolve(ok)); };
  const observer = new MutationObserver(() => { if (shown()) finish(true); });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  timer = setTimeout(() => finish(false), ${timeoutMs});
  if (shown()) finish(true);
})`;
}
