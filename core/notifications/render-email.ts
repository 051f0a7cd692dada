/** Renders one outbox email in the recipient's language and time zone (SPEC §6: Notifications). */
import type { CommandContext } from '../app/handler.ts';
import { formatDateTime } from '../i18n/format.ts';
import { translate } from '../i18n/translate.ts';
import { routeLink } from '../links/parse.ts';
import type { OutboxEmail, User } from '../model/records.ts';
import { appRouteSchema, type AppRoute } from '../schemas/links.ts';
import { fullName } from '../users/views.ts';

export function renderEmail(
  ctx: Pick<CommandContext, 'now' | 'ports' | 'tables'>,
  to: User,
  template: OutboxEmail['template'],
  key: string,
  params: Record<string, string | number> = {},
  when: Date | string = ctx.now,
  /** The view the email is about: its link ends the body, and the Outbox opens it. */
  link?: AppRoute,
): OutboxEmail {
  // Only a route the schema accepts (an odd but valid address may not be one): the Outbox's output stays in contract.
  const route = link && appRouteSchema.safeParse(link).success ? link : undefined;
  const all = { name: fullName(to), account: ctx.tables.account.get('account')?.name ?? '', when: formatDateTime(when, to.language, to.timeZone), ...params };
  return {
    id: ctx.ports.ids.next('eml'),
    at: ctx.now.toISOString(),
    to: to.email,
    userId: to.id,
    template,
    language: to.language,
    subject: translate(to.language, `${key}.subject`, all),
    body: translate(to.language, `${key}.body`, all) + (route ? `\n\n${translate(to.language, 'notices.links.emailLine', { link: routeLink(route) })}` : ''),
    ...(route ? { link: route } : {}),
  };
}
