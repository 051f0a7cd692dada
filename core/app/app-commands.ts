import type { HandlerMap } from './handler.ts';
import { failure } from '../result.ts';
import { timeZones } from '../users/rules.ts';
import { auditChange } from '../audit/record.ts';
import { problemView } from './store-problems.ts';

export const appHandlers: HandlerMap<'app.status' | 'store.acknowledgeProblems' | 'host.print' | 'host.savePdf' | 'host.storeSetting' | 'host.setStoreSetting' | 'host.updateState' | 'host.restartToUpdate'> = {
  /** Only a desktop host prints through the OS dialog; the core says so and the UI uses the browser's. */
  'host.print': () => failure('unavailable', 'errors.host.noNativePrint'),
  'host.savePdf': () => failure('unavailable', 'errors.host.noNativePrint'),
  /** Only the desktop app keeps the shared database's address (in the OS keychain); elsewhere it is a start option. */
  'host.storeSetting': () => failure('unavailable', 'errors.host.storeSettingDesktopOnly'),
  'host.setStoreSetting': () => failure('unavailable', 'errors.host.storeSettingDesktopOnly'),
  /** Only an installed desktop app updates itself; in a browser the app is what `npm start` serves. */
  'host.updateState': () => failure('unavailable', 'errors.host.updatesDesktopOnly'),
  'host.restartToUpdate': () => failure('unavailable', 'errors.host.updatesDesktopOnly'),

  /** An administrator has seen the damage reported since it was found: the banner may go. Audited. */
  async 'store.acknowledgeProblems'(_input, ctx) {
    const { store } = ctx.ports;
    if (!store.acknowledgeProblems) return { ok: true, value: { cleared: 0 } };
    if (store.readOnly) return failure('unavailable', 'errors.store.readOnly');
    const seen = store.problems.filter((p) => p.kind === 'corrupt_file' || p.kind === 'corrupt_journal').map((p) => p.movedTo ?? p.file);
    const cleared = await store.acknowledgeProblems();
    if (cleared === 0) return { ok: true, value: { cleared } };
    const audit = auditChange(ctx, 'store.problems.acknowledged', { type: 'account', id: ctx.account?.id ?? 'account' }, null, { files: { kind: 'list', items: seen.map((file) => ({ kind: 'text' as const, text: file })) } });
    return { ok: true, value: { cleared }, changes: [audit] };
  },

  'app.status'(_input, ctx) {
    return {
      ok: true,
      value: {
        version: ctx.host.version,
        mode: ctx.host.mode,
        dataDir: ctx.host.dataDir,
        readOnly: ctx.ports.store.readOnly,
        problems: ctx.ports.store.problems.map(problemView),
        timeZones: timeZones(),
        now: ctx.now.toISOString(),
        store: { kind: ctx.ports.store.sync ? 'shared' : 'files', online: ctx.ports.store.online ?? true, ...(ctx.host.storeLocation ? { location: ctx.host.storeLocation } : {}) },
      },
    };
  },
};
