import { z } from 'zod';

export const appStatusSchema = z.object({
  version: z.string(),
  mode: z.enum(['electron', 'browser', 'test']),
  dataDir: z.string(),
  readOnly: z.boolean(),
  problems: z.array(
    z.object({
      kind: z.enum(['corrupt_file', 'newer_schema', 'corrupt_journal']),
      file: z.string(),
      movedTo: z.string().optional(),
      detail: z.string(),
    }),
  ),
  timeZones: z.array(z.string()),
  /** Where the account lives: this computer's files, or a database shared by several desktops. */
  store: z.object({ kind: z.enum(['files', 'shared']), online: z.boolean() }),
});
export type AppStatus = z.infer<typeof appStatusSchema>;
