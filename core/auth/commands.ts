import type { HandlerMap } from '../app/handler.ts';
import { failure } from '../result.ts';
import { findByEmail } from '../users/views.ts';
import { buildSession } from './session.ts';

/** Verified against when the email is unknown, so a wrong email takes as long as a wrong password. */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export const authHandlers: HandlerMap<'auth.signIn' | 'auth.signOut' | 'auth.session'> = {
  async 'auth.signIn'(input, ctx) {
    const user = findByEmail(ctx.tables.users, input.email);
    const account = ctx.tables.account.get('account');
    const valid = await ctx.ports.hasher.verify(input.password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !user.passwordHash || !valid || !account) {
      return failure('unauthenticated', 'errors.auth.badCredentials');
    }
    if (user.status !== 'active') return failure('forbidden', 'errors.auth.deactivated');
    return { ok: true, value: buildSession(user, account, ctx), signIn: user.id };
  },

  'auth.signOut'() {
    return { ok: true, value: { done: true }, signOut: true };
  },

  'auth.session'(_input, ctx) {
    if (!ctx.actor || !ctx.account) return { ok: true, value: null };
    return { ok: true, value: buildSession(ctx.actor, ctx.account, ctx) };
  },
};
