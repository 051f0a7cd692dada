/** The product-change email a user may get when their licences change (SPEC §5, §6). */
import type { CommandContext } from '../app/handler.ts';
import { findProduct } from '../catalog/catalog.ts';
import { translate } from '../i18n/translate.ts';
import type { OutboxEmail, User } from '../model/records.ts';
import { renderEmail } from '../notifications/render-email.ts';

/** `user` is the user as they are after the change; the email lists the products they now hold (directly or through groups). */
export function productChangeEmail(ctx: CommandContext, user: User, held: readonly { productId: string }[]): OutboxEmail {
  const names = held.map((p) => findProduct(p.productId)?.name ?? p.productId);
  const products = names.length ? names.join(', ') : translate(user.language, 'errors.licences.noProducts');
  return renderEmail(ctx, user, 'product_change', 'email.productChange', { products }, ctx.now, { view: 'people', email: user.email });
}
