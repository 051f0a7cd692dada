/** Tests' way to a one-time code: read it from the one email that carries it, as a person would. */
import type { Store } from '../ports/store.ts';

export const CODE_PATTERN = /[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/;

/** The code in the newest email of this template to this address. */
export function codeFromOutbox(store: Store, to: string, template: 'invitation' | 'password_reset'): string {
  const mails = [...store.tables.outbox.values()].filter((m) => m.to === to && m.template === template);
  const last = mails.at(-1);
  const code = last && CODE_PATTERN.exec(last.body)?.[0];
  if (!code) throw new Error(`no ${template} code for ${to} in the outbox`);
  return code;
}
