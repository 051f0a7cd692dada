/** The shape of a command handler: what it receives and what it may return. */
import type { RemoteNotices } from '../notifications/remote.ts';
import type { Channel, OutputOf, ParsedInputOf } from '../contract.ts';
import type { Change, Tables } from '../model/changes.ts';
import type { Account, Language, User } from '../model/records.ts';
import type { Capability } from '../permissions/matrix.ts';
import type { Ports } from '../ports/index.ts';
import type { Failure } from '../result.ts';
import type { SignInMemory } from '../auth/throttle.ts';
import type { RecentRemote } from './remote-changes.ts';

/** Per window (Electron) or per browser connection: who is signed in. Owned by the host. */
export interface SessionState {
  userId: string | null;
  /** The UI language before sign-in, for messages to a signed-out user. */
  locale?: Language;
  /**
   * Which client this is (a window, a browser connection), as the host names it: failed password
   * checks are throttled per client too. Not a secret (it is written in the audit log). Default: one
   * client for the whole host.
   */
  client?: string;
  /** The user's session generation when this session signed in: a password changed since ends it. */
  generation?: number;
  /**
   * Why the core ended this session on its own (the user was deactivated or removed, or their password
   * changed elsewhere): the next call that needs a session, and `auth.session`, answer with it.
   */
  endedBy?: string;
  /**
   * The account's policy asked this user for two-step sign-in when they signed in, and they had not
   * enrolled: until they do, only the enrolment channels answer (permissions/matrix.ts).
   */
  enrolTwoStep?: boolean;
}

export interface CommandContext {
  now: Date;
  tables: Tables;
  actor: User | undefined;
  account: Account | undefined;
  caps: ReadonlySet<Capability>;
  ports: Ports;
  host: HostInfo;
  /** The calling client (SessionState.client), if the host names one. */
  client?: string;
  /** The core's memory of failed password checks (unknown emails, clients): see auth/throttle.ts. */
  signIns: SignInMemory;
  /** This session must enrol in two-step sign-in before anything else (SessionState.enrolTwoStep). */
  enrolmentDue?: boolean;
  /** Shared stores: the latest changes other desktops committed, as this core took them in. */
  recent?: RecentRemote;
  /** Per user, other desktops' changes that refused one of their commands (core/notifications/remote.ts). */
  remoteNotices?: RemoteNotices;
}

export interface HostInfo {
  mode: 'electron' | 'browser' | 'test';
  version: string;
  dataDir: string;
  /** A shared account's server, without its password (local files: none). */
  storeLocation?: string;
  /** The host's log file and its last warnings and errors (core/adapters/log-file.ts), for diagnostics. */
  log?: { file: string; recentProblems(): { at: string; level: string; text: string }[] };
}

export type HandlerOutcome<T> =
  | {
      ok: true;
      value: T;
      changes?: Change[];
      /**
       * What is recorded beside the command (the sign-in log): committed with `changes` in one
       * commit; without changes of its own, written when the store can take it and never a reason
       * to refuse (signing in to a read-only or offline store still works).
       */
      log?: Change[];
      signIn?: string;
      signOut?: true;
    }
  /** A refusal may still write (a failed password check is counted and audited). */
  | { ok: false; failure: Failure; changes?: Change[] };

export type Handler<C extends Channel> = (
  input: ParsedInputOf<C>,
  ctx: CommandContext,
) => HandlerOutcome<OutputOf<C>> | Promise<HandlerOutcome<OutputOf<C>>>;

export type Handlers = { [C in Channel]: Handler<C> };
export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };
