/**
 * Builds the core from its ports: merges the domain handler maps (refusing duplicates and gaps),
 * and dispatches a call by channel — parse input, check permission, run, commit, shape output —
 * always answering a Result, never throwing.
 */
import { CHANNELS, contract, isChannel, type Channel, type OutputOf } from '../contract.ts';
import { accountHandlers } from '../account/commands.ts';
import { activityHandlers } from '../activity/commands.ts';
import { cardHandlers } from '../cards/commands.ts';
import { billingHandlers } from '../billing/commands.ts';
import { einvoiceHandlers } from '../einvoice/commands.ts';
import { invoiceSettingsHandlers } from '../billing/invoice-settings.ts';
import { nextDue, renewOnce } from '../billing/renewal.ts';
import { authHandlers } from '../auth/commands.ts';
import { importsHandlers } from '../imports/commands.ts';
import { licencesHandlers } from '../licences/commands.ts';
import { queuesHandlers } from '../queues/commands.ts';
import { groupsHandlers } from '../groups/commands.ts';
import { overviewHandlers } from '../overview/commands.ts';
import { meHandlers } from '../me/commands.ts';
import { twoStepHandlers } from '../me/two-step.ts';
import { twoStepAdminHandlers } from '../auth/two-step-admin.ts';
import { usersHandlers } from '../users/commands.ts';
import { rolesHandlers } from '../roles/commands.ts';
import { can, capabilities, OPEN_BEFORE_ENROLMENT, openWhileCancelled, ordersOrPays, REQUIREMENTS } from '../permissions/matrix.ts';
import { enrolmentDue } from '../auth/two-step-policy.ts';
import type { Change } from '../model/changes.ts';
import type { User } from '../model/records.ts';
import type { Ports } from '../ports/index.ts';
import { StoreConflict, StoreUnavailable } from '../ports/store.ts';
import type { Failure, Result } from '../result.ts';
import { appHandlers } from './app-commands.ts';
import type { CommandContext, Handlers, HostInfo, SessionState } from './handler.ts';
import { toAppError, zodFailure } from './errors.ts';
import { Mutex } from './mutex.ts';
import { conflictFailure } from './conflict.ts';
import { signInMemory } from '../auth/throttle.ts';
import { remindersDue } from '../billing/reminders.ts';
import { RecentRemote } from './remote-changes.ts';
import { notificationsHandlers } from '../notifications/commands.ts';
import { savedViewsHandlers } from '../saved-views/commands.ts';
import { signInLogHandlers } from '../sign-ins/commands.ts';
import { RemoteNotices } from '../notifications/remote.ts';
import { firstScreen } from './first-screen.ts';
import type { Session } from '../schemas/auth.ts';

const isSession = (value: unknown): value is Session => typeof value === 'object' && value !== null && 'user' in value && 'permissions' in value;

/** Every domain's handler map; together they must cover the contract exactly once. */
export const DOMAINS: Partial<Handlers>[] = [appHandlers, authHandlers, meHandlers, usersHandlers, rolesHandlers, licencesHandlers, importsHandlers, queuesHandlers, groupsHandlers, activityHandlers, billingHandlers, einvoiceHandlers, invoiceSettingsHandlers, accountHandlers, cardHandlers, overviewHandlers, notificationsHandlers, savedViewsHandlers, twoStepHandlers, twoStepAdminHandlers, signInLogHandlers];

export function mergeHandlers(domains: Partial<Handlers>[]): Handlers {
  const merged: Partial<Record<Channel, unknown>> = {};
  for (const domain of domains) {
    for (const [name, handler] of Object.entries(domain)) {
      if (!isChannel(name)) throw new Error(`handler for unknown channel ${name}`);
      if (merged[name]) throw new Error(`two handlers for channel ${name}`);
      merged[name] = handler;
    }
  }
  const missing = CHANNELS.filter((c) => !merged[c]);
  if (missing.length) throw new Error(`no handler for ${missing.join(', ')}`);
  return merged as Handlers;
}

/**
 * The session's user, if it still may act: a user deactivated or removed, or whose password changed
 * since this session signed in (another session's change, a reset), ends the session here, on its
 * next call, and the session keeps why for the sign-in screen.
 */
function sessionActor(session: SessionState, users: ReadonlyMap<string, User>): User | undefined {
  if (!session.userId) return undefined;
  const user = users.get(session.userId);
  let ended: string | undefined;
  if (!user) ended = 'access.errors.signedOutRemoved';
  else if (user.status !== 'active') ended = 'access.errors.signedOutDeactivated';
  else if ((user.sessionGeneration ?? 0) !== (session.generation ?? 0)) ended = 'access.errors.signedOutPasswordChanged';
  if (!ended) return user;
  session.userId = null;
  session.endedBy = ended;
  return undefined;
}

export interface Core {
  /** Renews every period that has ended, one commit each, oldest first; returns how many. */
  renewDue(): Promise<number>;
  dispatch(channel: unknown, input: unknown, session: SessionState): Promise<Result<unknown>>;
  call<C extends Channel>(channel: C, input: unknown, session: SessionState): Promise<Result<OutputOf<C>>>;
  readonly ports: Ports;
  readonly handlers: Handlers;
}

export function createCore(ports: Ports, host: HostInfo, domains: Partial<Handlers>[] = DOMAINS): Core {
  const handlers = mergeHandlers(domains);
  const mutex = new Mutex();
  const { store } = ports;
  const signIns = signInMemory();
  /** What other desktops committed lately (taken in before commands, or with a refusal). */
  const recent = new RecentRemote();
  /** Per user, other desktops' changes that refused one of their commands (the notification centre). */
  const remoteNotices = new RemoteNotices();

  /** Makes the changes durable, then hands new outbox emails to the mailer. */
  async function commit(changes: Change[]): Promise<void> {
    await store.commit(changes);
    deliver(changes);
  }

  /**
   * What a refused command still records (a failed password check: its count and audit entry), and
   * the log a command without changes of its own keeps (a sign-in). A store that cannot take it
   * (read-only, offline, another desktop first) does not change the answer.
   */
  async function commitBestEffort(changes: Change[]): Promise<void> {
    if (store.readOnly || store.online === false) return;
    try {
      await commit(changes);
    } catch (error) {
      if (!(error instanceof StoreConflict) && !(error instanceof StoreUnavailable)) throw error;
    }
  }

  function deliver(changes: readonly Change[]): void {
    for (const change of changes) if (change.coll === 'outbox' && change.op === 'put') ports.mailer.deliver(change.value);
  }

  /**
   * One command's turn with the store: a shared store first takes in what other desktops committed
   * (no round trip if nothing was announced), then may hold a lock for the command until it ends.
   */
  async function turn<T>(work: () => Promise<T>): Promise<T> {
    if (store.sync) recent.add(await store.sync());
    await store.begin?.();
    try {
      return await work();
    } finally {
      await store.end?.();
    }
  }

  async function run(channel: Channel, raw: unknown, session: SessionState): Promise<Result<unknown>> {
    const tables = store.tables;
    const account = tables.account.get('account');
    const actor = sessionActor(session, tables.users);
    const language = actor?.language ?? session.locale ?? 'en';
    const answer = (failure: Failure): Result<never> => {
      // A colleague's change that refused this command: kept for the user's notification centre.
      if (actor && failure.changes?.length) remoteNotices.record(actor.id, failure.changes);
      return { ok: false, error: toAppError(failure, language) };
    };

    const parsed = contract[channel].input.safeParse(raw);
    if (!parsed.success) return answer(zodFailure(parsed.error));
    const requirement = REQUIREMENTS[channel];
    if (!actor && session.endedBy && (requirement !== 'public' || channel === 'auth.session')) return answer({ code: 'unauthenticated', key: session.endedBy });
    if (requirement !== 'public' && !actor) return answer({ code: 'unauthenticated', key: 'errors.auth.signInFirst' });
    if (!can(actor, account, tables.roles, requirement)) {
      return answer({ code: 'forbidden', key: 'errors.forbidden' });
    }
    // Signed in under a policy that asks for two-step sign-in, not enrolled yet: enrolment first.
    const enrolFirst = !!actor && !!session.enrolTwoStep && !actor.twoStep;
    if (enrolFirst && !OPEN_BEFORE_ENROLMENT.has(channel)) return answer({ code: 'forbidden', key: 'access.twoStep.errors.enrolFirst' });
    // Without its server a shared store is a read-only copy: refuse before anything is charged.
    if (store.online === false && ordersOrPays(requirement)) return answer({ code: 'unavailable', key: 'errors.store.offlineRefused' });
    // A cancelled account keeps its data readable for whoever could read it; writes wait for reactivation.
    if (account?.status === 'cancelled' && !openWhileCancelled(channel)) {
      return answer({ code: 'conflict', key: 'errors.account.cancelled' });
    }
    const ctx: CommandContext = {
      now: ports.clock.now(),
      tables,
      actor,
      account,
      caps: actor && account ? capabilities(actor, account, tables.roles) : new Set(),
      ports,
      host,
      ...(session.client ? { client: session.client } : {}),
      signIns,
      recent,
      remoteNotices,
      enrolmentDue: enrolFirst,
    };
    const handler = handlers[channel] as (input: unknown, ctx: CommandContext) => ReturnType<Handlers[Channel]>;
    const outcome = await handler(parsed.data, ctx);
    if (!outcome.ok) {
      if (outcome.changes?.length) await commitBestEffort(outcome.changes);
      return answer(outcome.failure);
    }
    const output = contract[channel].output.safeParse(outcome.value);
    if (!output.success) throw new Error(`output of ${channel} breaks the contract: ${output.error.message}`);
    if (!outcome.changes?.length && outcome.log?.length) await commitBestEffort(outcome.log);
    if (outcome.changes?.length) {
      if (store.readOnly) {
        const locked = store.problems.find((p) => p.kind === 'locked');
        return answer(locked ? { code: 'unavailable', key: 'errors.store.locked', params: { detail: locked.detail } } : { code: 'unavailable', key: 'errors.store.readOnly' });
      }
      if (store.online === false) return answer({ code: 'unavailable', key: 'errors.store.offlineRefused' });
      try {
        await commit([...outcome.changes, ...(outcome.log ?? [])]);
      } catch (error) {
        // A shared store: another desktop committed first (tables now hold its changes), or the
        // server went away. Nothing of this command was written; the caller may look and retry.
        if (error instanceof StoreConflict) {
          recent.add(error.applied);
          return answer(conflictFailure(error.applied, store.tables));
        }
        if (error instanceof StoreUnavailable) return answer({ code: 'unavailable', key: 'errors.store.offlineRefused' });
        throw error;
      }
    }
    if (outcome.signIn || outcome.signOut) delete session.endedBy;
    if (outcome.signOut) {
      session.userId = null;
      delete session.enrolTwoStep;
    }
    if (outcome.signIn) {
      session.userId = outcome.signIn;
      const user = tables.users.get(outcome.signIn);
      session.enrolTwoStep = !!user && enrolmentDue(user, tables.account.get('account'));
    }
    // A session that changed its own user's password (or just signed in) holds the new generation.
    if (session.userId) session.generation = tables.users.get(session.userId)?.sessionGeneration ?? 0;
    // Signed in (not a second step still to take, not an enrolment due): the first screen's reads ride along.
    if (outcome.signIn && isSession(output.data) && !output.data.mustEnrolTwoStep) {
      return { ok: true, value: { ...output.data, firstScreen: await firstScreen((next, input) => run(next, input, session)) } };
    }
    return { ok: true, value: output.data };
  }

  async function dispatch(channel: unknown, raw: unknown, session: SessionState): Promise<Result<unknown>> {
    if (!isChannel(channel)) {
      return { ok: false, error: toAppError({ code: 'invalid_input', key: 'errors.unknownChannel' }, session.locale ?? 'en') };
    }
    // One command at a time: a command reads the state and commits without another slipping between.
    return mutex.run(async () => {
      try {
        return await turn(() => run(channel, raw, session));
      } catch (error) {
        console.error(`[core] ${channel} failed:`, error instanceof Error ? error.message : 'unknown error');
        return { ok: false, error: toAppError({ code: 'internal', key: 'errors.internal' }, session.locale ?? 'en') };
      }
    });
  }

  /** System work (no actor), in the same queue as commands. */
  /**
   * Each renewal is its own journal entry (all or nothing), but the catch-up is made durable once, at
   * the end, before its emails go out: a year of renewals on start costs one fsync, not 240. The
   * reminders then due (billing/reminders.ts) follow in one more entry.
   */
  async function renewDue(): Promise<number> {
    return mutex.run(async () => {
      let count = 0;
      let conflicts = 0;
      const committed: Change[][] = [];
      try {
        let more = true;
        while (more) {
          more = await turn(async () => {
            const now = ports.clock.now();
            const due = nextDue({ tables: store.tables }, now);
            if (!due || store.readOnly) return false;
            const ctx: CommandContext = { now, tables: store.tables, actor: undefined, account: store.tables.account.get('account'), caps: new Set(), ports, host, signIns };
            const changes = await renewOnce(ctx, due);
            try {
              await store.commit(changes, { durable: false });
            } catch (error) {
              // Another desktop renewed (or changed) the account first: its state is in now; look again.
              if (error instanceof StoreConflict && ++conflicts <= 20) return true;
              if (error instanceof StoreUnavailable) return false;
              throw error;
            }
            committed.push(changes);
            count++;
            return true;
          });
        }
        // Reminders after the renewals: one for a renewal that has just been made is no longer due.
        await turn(async () => {
          if (store.readOnly) return;
          const changes = remindersDue({ now: ports.clock.now(), tables: store.tables, ports });
          if (!changes.length) return;
          try {
            await store.commit(changes, { durable: false });
            committed.push(changes);
          } catch (error) {
            // Another desktop sent them first (its marks are in now), or the server is away: next hour.
            if (!(error instanceof StoreConflict) && !(error instanceof StoreUnavailable)) throw error;
          }
        });
        return count;
      } finally {
        if (committed.length) {
          await store.flush();
          committed.forEach(deliver);
        }
      }
    });
  }

  return {
    renewDue,
    dispatch,
    call: (channel, input, session) => dispatch(channel, input, session) as never,
    ports,
    handlers,
  };
}
