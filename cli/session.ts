/**
 * Opens the same core and store as the app, signs in as a user, and calls channels through
 * `core.dispatch` with that session: permissions, validation and audit are the app's own.
 */
import { logsDir, openLog } from '../core/adapters/log-file.ts';
import { systemClock } from '../core/adapters/system.ts';
import { existsSync } from 'node:fs';
import { openCore } from '../core/adapters/open-core.ts';
import { storeUrlFrom } from '../core/store/store-url.ts';
import type { Core } from '../core/app/create-core.ts';
import type { SessionState } from '../core/app/handler.ts';
import type { AppError, Channel, InputOf, OutputOf } from '../core/contract.ts';
import { translate } from '../core/i18n/translate.ts';
import { LANGUAGES, type Language } from '../core/model/records.ts';
import type { UserSummary } from '../core/schemas/users.ts';
import { stringOption, UsageError, type Values } from './args.ts';
import { secondStepKind } from './code-kind.ts';
import { cliDataDir } from './data-dir.ts';
import { Refused, SignInFailed } from './errors.ts';
import { promptPassword } from './prompt.ts';

export interface Cli {
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  /** A message by i18n key in the chosen language (`--lang`, else the user's). */
  t(key: string, params?: Record<string, string | number>, fallback?: string): string;
  readonly language: Language;
  /** The signed-in user's time zone: dates in exports follow it, as in the app. */
  readonly timeZone: string;
  readonly dataDir: string;
}

function languageOption(values: Values): Language | undefined {
  const lang = stringOption(values, 'lang');
  if (lang === undefined) return undefined;
  if (!(LANGUAGES as readonly string[]).includes(lang)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')} (got "${lang}")`);
  return lang as Language;
}

async function credentials(values: Values): Promise<{ email: string; password: string }> {
  const email = stringOption(values, 'email') ?? process.env.ACCOUNT_ADMIN_EMAIL;
  if (!email) throw new UsageError('sign in with --email <address> (or ACCOUNT_ADMIN_EMAIL)');
  let password = process.env.ACCOUNT_ADMIN_PASSWORD;
  if (password === undefined) {
    if (!process.stdin.isTTY) throw new SignInFailed('no password: set ACCOUNT_ADMIN_PASSWORD or run in a terminal to be asked');
    password = await promptPassword(`Password for ${email}: `);
  }
  return { email, password };
}

/** Runs `body` signed in; the store is closed (journal folded) whatever happens. */
export async function withSession<T>(values: Values, body: (cli: Cli) => Promise<T>): Promise<T> {
  const chosenLanguage = languageOption(values);
  const dataDir = cliDataDir(stringOption(values, 'data-dir'), process.env);
  const { email, password } = await credentials(values);
  const seed = values['seed-demo'] === true;
  const given = stringOption(values, 'store');
  const storeUrl = given ?? storeUrlFrom([], process.env);
  const noAccount = `no account in ${storeUrl ? 'the shared database' : dataDir}: run the app once there, or pass --seed-demo to seed the demo account`;
  // A mistyped folder is not created: only --seed-demo starts a new store (a shared one keeps its copy there).
  if (!seed && !storeUrl && !existsSync(dataDir)) throw new UsageError(noAccount);
  // --verbose: the app's log file (redacted, rotated) and stderr, the store's messages included.
  const log = values.verbose === true ? openLog({ dir: logsDir(dataDir), level: 'debug', echo: true, now: () => systemClock.now() }) : null;
  log?.captureConsole();
  log?.info(`cli: ${process.argv.slice(2).filter((a) => !a.startsWith('-')).slice(0, 2).join(' ')} in ${storeUrl ? 'a shared database' : dataDir}`);
  const { core, store, stop } = await openCore({
    dataDir,
    storeUrl,
    host: { mode: 'browser', version: process.env.npm_package_version ?? '0.1.0', ...(log ? { log } : {}) },
    seed,
  });
  try {
    if (store.tables.account.size === 0) throw new UsageError(noAccount);
    const session: SessionState = { userId: null, ...(chosenLanguage ? { locale: chosenLanguage } : {}) };
    const signedIn = await core.dispatch('auth.signIn', { email, password }, session);
    if (!signedIn.ok) throw new SignInFailed(retranslate(signedIn.error, chosenLanguage ?? 'en').message);
    const answer = signedIn.value as OutputOf<'auth.signIn'>;
    const me = 'secondStep' in answer ? await secondStep(core, session, email, answer.secondStep.challenge, chosenLanguage ?? 'en') : answer.user;
    const language = chosenLanguage ?? me.language;
    return await body(makeCli(core, session, { language, timeZone: me.timeZone, dataDir }));
  } finally {
    stop();
    await store.close();
  }
}

/**
 * Two-step sign-in: a code from the authenticator app (or a recovery code: anything but six digits)
 * from ACCOUNT_ADMIN_CODE or asked in the terminal, never as an argument (it would sit in the shell's history).
 */
async function secondStep(core: Core, session: SessionState, email: string, challenge: string, language: Language): Promise<OutputOf<'auth.secondStep'>['user']> {
  let code = process.env.ACCOUNT_ADMIN_CODE;
  if (code === undefined) {
    if (!process.stdin.isTTY) throw new SignInFailed('two-step sign-in: set ACCOUNT_ADMIN_CODE or run in a terminal to be asked');
    code = await promptPassword(`Two-step code (or a recovery code) for ${email}: `);
  }
  const result = await core.dispatch('auth.secondStep', { challenge, code, kind: secondStepKind(code) }, session);
  if (!result.ok) throw new SignInFailed(retranslate(result.error, language).message);
  return (result.value as OutputOf<'auth.secondStep'>).user;
}

function makeCli(core: Core, session: SessionState, info: { language: Language; timeZone: string; dataDir: string }): Cli {
  const { language } = info;
  return {
    ...info,
    t: (key, params, fallback) => {
      const text = translate(language, key, params);
      return text === key && fallback !== undefined ? fallback : text;
    },
    async call(channel, input) {
      const result = await core.call(channel, input, session);
      if (!result.ok) throw new Refused(retranslate(result.error, language));
      return result.value;
    },
  };
}

/** The error's message (and its fields') in the chosen language, from its key and params. */
export function retranslate(error: AppError, language: Language): AppError {
  const fields = error.fields
    ? Object.fromEntries(Object.entries(error.fields).map(([name, f]) => [name, { ...f, message: translate(language, f.key, f.params) }]))
    : undefined;
  return { ...error, message: translate(language, error.key, error.params), ...(fields ? { fields } : {}) };
}

/** Every user (users.list without a revision always answers the whole list). */
export async function listUsers(cli: Pick<Cli, 'call'>): Promise<UserSummary[]> {
  const list = await cli.call('users.list', {});
  return 'users' in list ? list.users : [];
}
