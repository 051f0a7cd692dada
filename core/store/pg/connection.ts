/**
 * The two connections a desktop keeps to the server: one for its commands (one at a time, the core
 * runs them behind a mutex) and one that only LISTENs for other desktops' commits.
 */
import pg from 'pg';
import { NOTIFY_CHANNEL, parseAnnouncement, type LoggedCommit } from './sql.ts';

export interface ConnectionOptions {
  url: string;
  /** Give up connecting after this long (default 3 s): the desktop then works from its copy. */
  connectTimeoutMs?: number;
  /** A query that gets no answer for this long means the server is gone (default 30 s). */
  queryTimeoutMs?: number;
}

export interface Connections {
  commands: pg.Client;
  listener: pg.Client;
  end(): Promise<void>;
}

export interface ConnectionEvents {
  /** Another desktop (or this one) committed `version`; `commit` is what it wrote, when small enough to be sent. */
  onNotify(version: number, commit?: LoggedCommit): void;
  /** Either connection failed or closed: the store goes offline. */
  onLost(error: unknown): void;
}

async function openClient(options: ConnectionOptions, events: ConnectionEvents): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: options.url,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
    query_timeout: options.queryTimeoutMs ?? 30_000,
    keepAlive: true,
    // A desktop that stops answering while it holds the account's lock (account-lock.ts) loses its
    // connection, and so the lock, instead of stalling every other desktop.
    idle_in_transaction_session_timeout: 30_000,
    application_name: 'account-admin',
  });
  // An idle client whose server goes away emits 'error'; unhandled, it would end the process.
  client.on('error', (error) => events.onLost(error));
  client.on('end', () => events.onLost(new Error('Connection terminated')));
  try {
    await client.connect();
  } catch (error) {
    client.removeAllListeners('end');
    await client.end().catch(() => undefined);
    throw error;
  }
  return client;
}

export async function connect(options: ConnectionOptions, events: ConnectionEvents): Promise<Connections> {
  let ended = false;
  const guarded: ConnectionEvents = {
    onNotify: (version, commit) => events.onNotify(version, commit),
    onLost: (error) => {
      if (!ended) events.onLost(error);
    },
  };
  const commands = await openClient(options, guarded);
  let listener: pg.Client | undefined;
  try {
    listener = await openClient(options, guarded);
    listener.on('notification', (message) => {
      if (message.channel !== NOTIFY_CHANNEL || message.payload === undefined) return;
      const announced = parseAnnouncement(message.payload);
      if (announced) guarded.onNotify(announced.version, announced.commit);
    });
    await listener.query(`LISTEN ${NOTIFY_CHANNEL}`);
  } catch (error) {
    ended = true;
    await Promise.all([commands.end().catch(() => undefined), listener?.end().catch(() => undefined)]);
    throw error;
  }
  const opened = listener;
  return {
    commands,
    listener: opened,
    async end() {
      ended = true;
      await Promise.all([commands.end().catch(() => undefined), opened.end().catch(() => undefined)]);
    },
  };
}
