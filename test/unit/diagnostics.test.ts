/** "Copy diagnostics": what support gets — the facts of this install and the log's last problems, no secret. */
import { describe, expect, it } from 'vitest';
import { createOfflineGateway } from '../../core/adapters/offline-gateway.ts';
import { createCore } from '../../core/app/create-core.ts';
import type { SessionState } from '../../core/app/handler.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from '../../core/seed/demo-people.ts';
import { seedDemo } from '../../core/seed/demo.ts';
import { MemoryStore } from '../../core/store/memory-store.ts';
import { countingIds, FixedClock, plainHasher, RecordingMailer } from '../../core/testing/fakes.ts';
import { randomSecrets } from '../../core/adapters/secrets.ts';
import { createSealer, memoryDataKey } from '../../core/adapters/sealer.ts';

describe('app.diagnostics', () => {
  it('reports version, mode, where the account lives, store problems, the last errors and the log file', async () => {
    const store = new MemoryStore();
    const ports = { store, clock: new FixedClock(), ids: countingIds(), hasher: plainHasher, mailer: new RecordingMailer(), gateway: createOfflineGateway(), secrets: randomSecrets, sealer: createSealer(memoryDataKey()) };
    await seedDemo(store, ports);
    const recent = [{ at: '2026-11-23T09:59:00.000Z', level: 'error', text: 'store: postgres://aa:[redacted]@db/aa unreachable' }];
    const core = createCore(ports, { mode: 'electron', version: '1.4.2', dataDir: '/home/claire/.config/Account Admin', log: { file: '/home/claire/.config/Account Admin/logs/main.log', recentProblems: () => recent } });
    const session: SessionState = { userId: null };
    expect((await core.dispatch('app.diagnostics', undefined, session)).ok).toBe(false);
    const signedIn = await core.dispatch('auth.signIn', { email: demoEmail(DEMO_PEOPLE[2]!), password: DEMO_PASSWORD }, session);
    expect(signedIn.ok).toBe(true);
    const result = await core.dispatch('app.diagnostics', undefined, session);
    if (!result.ok) throw new Error(result.error.message);
    const { report, logFile } = result.value as { report: string; logFile: string | null };
    expect(logFile).toBe('/home/claire/.config/Account Admin/logs/main.log');
    expect(report.split('\n')).toEqual(
      expect.arrayContaining([
        'Account Admin 1.4.2 (electron)',
        'Time: 2026-11-23T10:00:00.000Z',
        'Account: local files in /home/claire/.config/Account Admin',
        'Data key (seals two-step sign-in keys): in memory',
        'Store problems: none',
        'Last warnings and errors: ',
        '  2026-11-23T09:59:00.000Z error: store: postgres://aa:[redacted]@db/aa unreachable',
        'Log file: /home/claire/.config/Account Admin/logs/main.log',
      ]),
    );
    // Nothing of the account's data: no person's name or email.
    for (const person of DEMO_PEOPLE) expect(report).not.toContain(demoEmail(person));
  });
});
