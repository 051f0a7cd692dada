/** The second step typed at the command line: a code from the authenticator app, or a recovery code. */
import { DIGITS, normalizeTotp } from '../core/auth/totp.ts';

const APP_CODE = new RegExp(`^\\d{${DIGITS}}$`);

/**
 * Six digits (spaces and dashes aside) are a code from the app; anything else is a recovery code —
 * which may hold no letter at all (twelve characters of Crockford's base 32, digits included).
 */
export const secondStepKind = (typed: string): 'code' | 'recovery' => (APP_CODE.test(normalizeTotp(typed)) ? 'code' : 'recovery');
