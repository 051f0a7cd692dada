import type { HandlerMap } from './handler.ts';
import { timeZones } from '../users/rules.ts';

export const appHandlers: HandlerMap<'app.status'> = {
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
      },
    };
  },
};
