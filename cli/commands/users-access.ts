/**
 * `users invite`, `users resend-invitation`, `users reset-password`, `users reset-two-step`: the side
 * panel's invitation and reset actions by email (need Manage users). The codes go to the outbox only, as in the app: the CLI
 * never prints one.
 */
import { stringOption, UsageError, type Values } from '../args.ts';
import type { Subcommand } from '../command.ts';
import { listUsers, type Cli } from '../session.ts';
import { emit } from '../output.ts';

const ROLES = ['user', 'admin', 'super_admin'] as const;
const LANGUAGES = ['en', 'fr', 'it', 'de', 'es', 'pt', 'nl'] as const;

function oneEmail(positionals: string[], usage: string): string {
  const [email, ...extra] = positionals;
  if (!email || extra.length) throw new UsageError(usage);
  return email;
}

function choice<T extends string>(values: Values, name: string, allowed: readonly T[]): T | undefined {
  const value = stringOption(values, name);
  if (value !== undefined && !(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T | undefined;
}

/** The user's id by email (case-insensitive), or a usage error naming the email. */
async function userIdOf(cli: Cli, email: string): Promise<string> {
  const wanted = email.trim().toLowerCase();
  const user = (await listUsers(cli)).find((u) => u.email.toLowerCase() === wanted);
  if (!user) throw new UsageError(`no user with the email ${email} (account-admin users list)`);
  return user.id;
}

export const accessSubcommands: Record<string, Subcommand> = {
  invite: {
    options: { first: { type: 'string' }, last: { type: 'string' }, role: { type: 'string' }, language: { type: 'string' } },
    help: `Usage: account-admin users invite <email> --first <name> --last <name> [--role user|admin|super_admin] [--language en|fr|it|de|es|pt|nl]

Adds the user as invited and puts their invitation email, with a one-time code valid 7 days, in the
outbox. A role other than user needs a super administrator. Needs the Manage users permission.`,
    async run(cli, values, positionals) {
      const email = oneEmail(positionals, 'account-admin users invite <email> --first <name> --last <name>');
      const firstName = stringOption(values, 'first');
      const lastName = stringOption(values, 'last');
      if (!firstName || !lastName) throw new UsageError('account-admin users invite <email> --first <name> --last <name>');
      const language = choice(values, 'language', LANGUAGES);
      const user = await cli.call('users.create', { email, firstName, lastName, role: choice(values, 'role', ROLES) ?? 'user', billingContact: false, ...(language ? { language } : {}) });
      emit(values, `Invited ${user.email} (${user.status}): the invitation email is in the outbox.\n`);
    },
  },
  'resend-invitation': {
    options: {},
    help: `Usage: account-admin users resend-invitation <email>

Sends an invited user a new invitation email; the code of the last one stops working. Needs the
Manage users permission.`,
    async run(cli, values, positionals) {
      const email = oneEmail(positionals, 'account-admin users resend-invitation <email>');
      await cli.call('users.resendInvitation', { userIds: [await userIdOf(cli, email)] });
      emit(values, `Invitation resent to ${email}: the new email is in the outbox.\n`);
    },
  },
  'reset-password': {
    options: {},
    help: `Usage: account-admin users reset-password <email>

Emails an active user a code, valid 24 hours, to choose a new password ("Forgot password?", then "I
have a reset code"). Their password stays as it is until they use it. Needs the Manage users permission.`,
    async run(cli, values, positionals) {
      const email = oneEmail(positionals, 'account-admin users reset-password <email>');
      await cli.call('users.sendPasswordReset', { userIds: [await userIdOf(cli, email)] });
      emit(values, `Password reset sent to ${email}: the email is in the outbox.\n`);
    },
  },
  'reset-two-step': {
    options: {},
    help: `Usage: account-admin users reset-two-step <email>

Removes a user's two-step sign-in (they lost their phone and their recovery codes): their next
sign-in asks for the password only, and they get an email about it. Audited. A super administrator's
needs a super administrator; nobody resets their own. Needs the Manage users permission.`,
    async run(cli, values, positionals) {
      const email = oneEmail(positionals, 'account-admin users reset-two-step <email>');
      await cli.call('users.resetTwoStep', { userId: await userIdOf(cli, email) });
      emit(values, `Two-step sign-in reset for ${email}: the email is in the outbox.\n`);
    },
  },
};
