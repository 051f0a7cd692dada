import type { HandlerMap } from './handler.ts';
import { failure } from '../result.ts';
import { timeZones } from '../users/rules.ts';
import { auditChange } from '../audit/record.ts';
import { problemView } from './store-problems.ts';

export const appHandlers: HandlerMap<'app.status' | 'store.acknowledgeProblems' | 'host.print' | 'host.savePdf' | 'host.storeSetting' | 'host.setStoreSetting' | 'host.updateState' | 'host.restartToUpdate' | 'app.diagnostics'> = {
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

  /**
   * A support request's facts, as plain text in English (support's language): version and mode, where
   * the account lives (a server without its password), the store's problems, the log's last warnings
   * and errors (already redacted by the log), the log file. Nothing of the account's data.
   */
  'app.diagnostics'(_input, ctx) {
    const { store } = ctx.ports;
    const problems = store.problems.map(problemView);
    const recent = ctx.host.log?.recentProblems() ?? [];
    const lines = [
      `Account Admin ${ctx.host.version} (${ctx.host.mode})`,
      `Time: ${ctx.now.toISOString()}`,
      `Platform: ${process.platform} ${process.arch}, Node.js ${process.versions.node}${process.versions.electron ? `, Electron ${process.versions.electron}` : ''}`,
      `Account: ${store.sync ? `shared database ${ctx.host.storeLocation ?? ''} (${store.online === false ? 'offline' : 'online'})` : `local files in ${ctx.host.dataDir}`}${store.readOnly ? ', read-only' : ''}`,
      `Data key (seals two-step sign-in keys): ${ctx.ports.sealer.describe()}`,
      `Store problems: ${problems.length === 0 ? 'none' : ''}`,
      ...problems.map((p) => `  - ${p.kind}: ${p.file}${p.movedTo ? ` (moved to ${p.movedTo})` : ''}${p.lost ? `, ${p.lost} commands not replayed` : ''}: ${p.detail}`),
      `Last warnings and errors: ${recent.length === 0 ? 'none' : ''}`,
      ...recent.map((e) => `  ${e.at} ${e.level}: ${e.text}`),
      `Log file: ${ctx.host.log?.file ?? 'none'}`,
    ];
    return { ok: true, value: { report: `${lines.join('\n')}\n`, logFile: ctx.host.log?.file ?? null } };
  },
};
