import { z } from 'zod';

/** The kinds of data a damaged file holds (core/store/partitions.ts names), the journal, the problem record. */
export const STORE_PARTS = ['account', 'carts', 'notices', 'views', 'subscriptions', 'queues', 'groups', 'users', 'billing', 'audit', 'outbox', 'journal', 'record', 'other'] as const;

export const acknowledgeProblemsOutput = z.object({ cleared: z.number().int().nonnegative() });

export const appStatusSchema = z.object({
  version: z.string(),
  mode: z.enum(['electron', 'browser', 'test']),
  dataDir: z.string(),
  readOnly: z.boolean(),
  problems: z.array(
    z.object({
      kind: z.enum(['corrupt_file', 'newer_schema', 'corrupt_journal', 'locked']),
      file: z.string(),
      movedTo: z.string().optional(),
      /** A damaged journal: how many lines (commands) from the damaged one on were not replayed. */
      lost: z.number().int().nonnegative().optional(),
      /** What data is missing because of it, for the banner to name in words. */
      missing: z.object({ part: z.enum(STORE_PARTS), period: z.string().optional() }).optional(),
      detail: z.string(),
    }),
  ),
  timeZones: z.array(z.string()),
  /** The core's clock when it answered: the renderer's only source of "now" (renderer/app/clock.ts). */
  now: z.iso.datetime(),
  /** Where the account lives: this computer's files, or a database shared by several desktops. */
  store: z.object({ kind: z.enum(['files', 'shared']), online: z.boolean(), location: z.string().optional() }),
});
export type AppStatus = z.infer<typeof appStatusSchema>;

/** This desktop's store setting: what runs now, and the shared database saved for the next start. */
export const storeSettingSchema = z.object({
  current: z.enum(['files', 'shared']),
  /** The data folder, or the server without its password. */
  location: z.string(),
  /** The saved address without its password; null: the local files. */
  saved: z.string().nullable(),
  /** False when the OS offers no keychain: nothing can be saved (use --store). */
  keychain: z.boolean(),
  /** True when the saved setting differs from what runs: a restart applies it. */
  restartNeeded: z.boolean(),
});
export type StoreSetting = z.infer<typeof storeSettingSchema>;

export const setStoreSettingInput = z.object({
  /** A postgres:// address, or empty for this computer's files. */
  url: z.string().trim().max(2000),
  /** Restart the app at once to use it. */
  restart: z.boolean().optional(),
});

/** What an administrator sends support: plain text (English, support's language) and the log file. */
export const diagnosticsSchema = z.object({ report: z.string(), logFile: z.string().nullable() });

/**
 * The desktop's updates (electron/main/updates.ts): off (the policy, or a developer's run), idle, checking,
 * current (no newer version), downloading with its progress, ready to install on restart, or refused
 * (the download's SHA-512 did not match the feed's).
 */
export const updateStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('off'), reason: z.enum(['policy', 'development']) }),
  z.object({ status: z.literal('idle') }),
  z.object({ status: z.literal('checking') }),
  z.object({ status: z.literal('current'), version: z.string().max(64) }),
  z.object({ status: z.literal('downloading'), version: z.string().max(64), percent: z.number().int().min(0).max(100) }),
  z.object({ status: z.literal('ready'), version: z.string().max(64), installing: z.boolean().optional() }),
  z.object({ status: z.literal('refused'), version: z.string().max(64), reason: z.literal('checksum') }),
]);
export type UpdateState = z.infer<typeof updateStateSchema>;
