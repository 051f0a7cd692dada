/**
 * The period's e-invoices, renderer side: the desktop's progress events drive the bar only while its save
 * runs, Cancel asks the host to stop, and each ending says what happened; the browser (XML only, one quick
 * answer) never shows a bar. Then the progress and its outcomes as rendered, in English and French.
 */
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resources } from '../../../core/i18n/resources.ts';
import { installMinimalWindow } from '../../testing/minimal-window.ts';

const PERIOD = { from: '2026-10-01', to: '2026-11-30' };
const calls: { channel: string; input: unknown }[] = [];
const listeners = new Map<string, Set<(payload: unknown) => void>>();
/** The host's answer to the save, resolved by the test. */
let finishSave: (answer: unknown) => void = () => undefined;
let answers: Record<string, unknown> = {};

const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload));
const subscribed = (event: string) => listeners.get(event)?.size ?? 0;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeAll(() => {
  installMinimalWindow(
    async (channel, input) => {
      calls.push({ channel, input });
      if (channel === 'host.saveEInvoiceArchive') return new Promise((resolve) => (finishSave = resolve));
      return answers[channel] ?? { ok: false, error: { code: 'internal', key: 'errors.internal', message: 'no answer' } };
    },
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  );
  void i18next.use(initReactI18next).init({ resources, lng: 'en', fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false } });
});

async function store() {
  const { useEInvoicesStore } = await import('./einvoices-store.ts');
  return useEInvoicesStore;
}

beforeEach(async () => {
  calls.length = 0;
  answers = {};
  (await store()).setState({ busy: false, progress: null, cancelling: false, error: null, outcome: null });
});

describe('the period’s e-invoices: progress, Cancel, outcome', () => {
  it('follows the desktop’s progress while its save runs, asks the host to stop on Cancel, and says it was cancelled', async () => {
    const s = await store();
    const running = s.getState().run(PERIOD, true);
    await tick();
    expect(s.getState()).toMatchObject({ busy: true, progress: null });
    expect(subscribed('einvoice.archiveProgress')).toBe(1);
    emit('einvoice.archiveProgress', { done: 0, total: 40 });
    emit('einvoice.archiveProgress', { done: 12, total: 40 });
    expect(s.getState().progress).toEqual({ done: 12, total: 40 });

    answers['host.cancelEInvoiceArchive'] = { ok: true, value: { cancelled: true } };
    await s.getState().cancel();
    await s.getState().cancel(); // a second press while stopping asks nothing more
    expect(calls.map((c) => c.channel)).toEqual(['host.saveEInvoiceArchive', 'host.cancelEInvoiceArchive']);
    expect(calls[0]!.input).toEqual(PERIOD);
    expect(s.getState()).toMatchObject({ cancelling: true, busy: true });

    finishSave({ ok: true, value: { outcome: 'cancelled', done: 12, total: 40 } });
    await running;
    expect(s.getState()).toMatchObject({ busy: false, progress: null, cancelling: false, error: null, outcome: { kind: 'cancelled' } });
    // The run is over: no longer listening, and a late event brings no bar back.
    expect(subscribed('einvoice.archiveProgress')).toBe(0);
    emit('einvoice.archiveProgress', { done: 13, total: 40 });
    expect(s.getState().progress).toBeNull();
  });

  it('says how many were saved where; a failure with its reason; a dismissed save dialog, nothing', async () => {
    const s = await store();
    let running = s.getState().run(PERIOD, true);
    await tick();
    emit('einvoice.archiveProgress', { done: 40, total: 40 });
    finishSave({ ok: true, value: { outcome: 'saved', path: '/home/claire/e-invoices.zip', count: 40 } });
    await running;
    expect(s.getState()).toMatchObject({ busy: false, progress: null, outcome: { kind: 'saved', path: '/home/claire/e-invoices.zip', count: 40 } });

    const failure = { code: 'internal', key: 'errors.einvoice.printFailed', params: { number: 'INV-2026-000012' }, message: 'INV-2026-000012 could not be printed' };
    running = s.getState().run(PERIOD, true);
    await tick();
    expect(s.getState().outcome).toBeNull();
    emit('einvoice.archiveProgress', { done: 11, total: 40 });
    finishSave({ ok: false, error: failure });
    await running;
    expect(s.getState()).toMatchObject({ busy: false, progress: null, outcome: null, error: failure });

    running = s.getState().run(PERIOD, true);
    await tick();
    finishSave({ ok: true, value: { outcome: 'notChosen' } });
    await running;
    expect(s.getState()).toMatchObject({ busy: false, progress: null, outcome: null, error: null });
  });

  it('in the browser asks the core for the XML ZIP alone: no progress listened to, no bar, and Cancel asks nothing', async () => {
    const s = await store();
    answers['invoices.einvoiceArchive'] = { ok: false, error: { code: 'not_found', key: 'errors.einvoice.noneInPeriod', message: 'No invoice' } };
    const running = s.getState().run(PERIOD, false);
    expect(subscribed('einvoice.archiveProgress')).toBe(0);
    await s.getState().cancel();
    await running;
    expect(calls.map((c) => c.channel)).toEqual(['invoices.einvoiceArchive']);
    expect(s.getState()).toMatchObject({ busy: false, progress: null, error: { key: 'errors.einvoice.noneInPeriod' } });
  });

  it('falls back to the XML ZIP when the host cannot print (the core answers unavailable)', async () => {
    const s = await store();
    answers['invoices.einvoiceArchive'] = { ok: false, error: { code: 'not_found', key: 'errors.einvoice.noneInPeriod', message: 'No invoice' } };
    const running = s.getState().run(PERIOD, true);
    await tick();
    finishSave({ ok: false, error: { code: 'unavailable', key: 'errors.host.noNativePrint', message: 'No native print' } });
    await running;
    expect(calls.map((c) => c.channel)).toEqual(['host.saveEInvoiceArchive', 'invoices.einvoiceArchive']);
    expect(s.getState()).toMatchObject({ busy: false, progress: null, error: { key: 'errors.einvoice.noneInPeriod' } });
  });
});

describe('the progress and its outcomes as rendered', () => {
  // The view from the slice's state (server rendering reads a zustand store's initial state, not its current one).
  async function render(language: 'en' | 'fr') {
    await i18next.changeLanguage(language);
    const { EInvoicesStatusView } = await import('./EInvoicesStatus.tsx');
    const { progress, cancelling, error, outcome } = (await store()).getState();
    return renderToStaticMarkup(createElement(EInvoicesStatusView, { progress, cancelling, error, outcome, onCancel: () => undefined, returnFocus: { current: null } }));
  }

  it('shows “12 of 40” with its bar and Cancel, then “Cancelling…” still focusable, in English and French', async () => {
    const s = await store();
    s.setState({ busy: true, progress: { done: 12, total: 40 } });
    const en = await render('en');
    expect(en).toContain('Preparing e-invoices… 12 of 40');
    expect(en).toMatch(/<progress aria-labelledby="[^"]+" max="40" value="12"><\/progress>/u);
    expect(en).toMatch(/<button[^>]*aria-disabled="false"[^>]*>Cancel<\/button>/u);
    s.setState({ cancelling: true });
    expect(await render('en')).toMatch(/<button[^>]*aria-disabled="true"[^>]*>Cancelling…<\/button>/u);
    s.setState({ progress: { done: 1200, total: 2000 }, cancelling: false });
    const fr = await render('fr');
    expect(fr).toContain('Préparation des factures électroniques… 1\u202f200 sur 2\u202f000');
    expect(fr).toMatch(/>Annuler<\/button>/u);
  });

  it('says what happened: saved N to the file, cancelled, or why it failed; nothing while the save dialog is open', async () => {
    const s = await store();
    s.setState({ busy: true });
    expect(await render('en')).toBe('');
    s.setState({ busy: false, outcome: { kind: 'saved', path: '/home/claire/e-invoices.zip', count: 40 } });
    expect(await render('en')).toContain('Saved 40 e-invoices (Factur-X PDF and XML) to /home/claire/e-invoices.zip');
    s.setState({ outcome: { kind: 'saved', path: '/home/claire/e-invoices.zip', count: 1 } });
    expect(await render('fr')).toContain('1 facture électronique enregistrée (PDF Factur-X et XML) dans /home/claire/e-invoices.zip');
    s.setState({ outcome: { kind: 'cancelled' } });
    expect(await render('en')).toContain('Saving the e-invoices was cancelled: no file was written.');
    s.setState({ outcome: null, error: { code: 'internal', key: 'errors.einvoice.writeFailed', params: { path: '/mnt/gone/e.zip' }, message: '' } });
    const failed = await render('en');
    expect(failed).toContain('role="alert"');
    expect(failed).toContain('The ZIP could not be written to /mnt/gone/e.zip, so nothing was saved.');
  });
});
