/**
 * The one list of channels. Electron main, the preload, the browser bridge, the renderer's `Api`
 * type and the tests all derive from it; no channel name is written anywhere else.
 * Every output is wrapped in a Result ({ ok, value } | { ok: false, error }) when it crosses.
 */
import { z } from 'zod';
import { auditListOutput, listInput, outboxListOutput } from './schemas/activity.ts';
import { appStatusSchema } from './schemas/app.ts';
import { sessionSchema, signInInput, meSchema } from './schemas/auth.ts';
import { emptyInput, okOutput } from './schemas/common.ts';
import { changePasswordInput, updateEmailInput, updatePersonalInput } from './schemas/me.ts';
import { updateDetailsInput, usersListOutput, userSummarySchema } from './schemas/users.ts';
import type { Result } from './result.ts';

export const contract = {
  'app.status': { input: emptyInput, output: appStatusSchema },
  'auth.signIn': { input: signInInput, output: sessionSchema },
  'auth.signOut': { input: emptyInput, output: okOutput },
  'auth.session': { input: emptyInput, output: sessionSchema.nullable() },
  'me.get': { input: emptyInput, output: meSchema },
  'me.updatePersonal': { input: updatePersonalInput, output: meSchema },
  'me.updateEmail': { input: updateEmailInput, output: meSchema },
  'me.changePassword': { input: changePasswordInput, output: meSchema },
  'users.list': { input: emptyInput, output: usersListOutput },
  'users.updateDetails': { input: updateDetailsInput, output: userSummarySchema },
  'audit.list': { input: listInput, output: auditListOutput },
  'outbox.list': { input: listInput, output: outboxListOutput },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

/** What the renderer sees as `window.api`: one async function per channel. */
export type Api = {
  [C in Channel]: (...args: undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>]) => Promise<Result<OutputOf<C>>>;
};

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** The IPC channel name used on the wire for a contract channel. */
export const ipcName = (channel: Channel) => `api:${channel}`;

export type { Result, AppError, ErrorCode } from './result.ts';
export { ERROR_CODES } from './result.ts';
