import type { HandlerMap } from './handler.ts';
import { failure } from '../result.ts';
import { timeZones } from '../users/rules.ts';

export const appHandlers: HandlerMap<'app.status' | 'host.print' | 'host.savePdf' | 'host.storeSetting' | 'host.setStoreSetting'> = {
  /** Only a desktop host prints through the OS dialog; the core says so and the UI uses the browser's. */
  'host.print': () => failure('unavailable', 'errors.host.noNativePrint'),
  'host.savePdf': () => failure('unavailable', 'errors.host.noNativePrint'),
  /** Only the desktop app keeps the shared database's address (in the OS keychain); elsewhere it is a start option. */
  'host.storeSetting': () => failure('unavailable', 'errors.host.storeSettingDesktopOnly'),
  'host.setStoreSetting': () => failure('unavailable', 'errors.host.storeSettingDesktopOnly'),

  'app.status'(_input, ctx) {
    return {
      ok: true,
      value: {
        version: ctx.host.version,
        mode: ctx.host.mode,
        dataDir: ctx.host.dataDir,
        readOnly: ctx.ports.store.readOnly,
        problems: [...ctx.ports.store.problems],
        timeZones: timeZones(),
        now: ctx.now.toISOString(),
        store: { kind: ctx.ports.store.sync ? 'shared' : 'files', online: ctx.ports.store.online ?? true, ...(ctx.host.storeLocation ? { location: ctx.host.storeLocation } : {}) },
      },
    };
  },
};
