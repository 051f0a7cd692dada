/** Cards on file (SPEC §3): only brand, last four, expiry, holder and the gateway token are kept. */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { auditChange, diff } from '../audit/record.ts';
import { enumOf, expiry, text } from '../audit/values.ts';
import { del, put, type Change } from '../model/changes.ts';
import type { Card } from '../model/records.ts';
import { failure } from '../result.ts';
import { checkCard, checkCardDetails } from './card-rules.ts';

function view(card: Card) {
  const { id, brand, last4, expMonth, expYear, holder, isDefault } = card;
  return { id, brand, last4, expMonth, expYear, holder, isDefault };
}

function list(ctx: CommandContext, cards = [...ctx.tables.cards.values()]) {
  return { cards: cards.sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.createdAt.localeCompare(b.createdAt)).map(view) };
}

/** Makes one card the default, clearing the flag on the others. */
function defaultChanges(ctx: CommandContext, id: string): { changes: Change[]; cards: Card[] } {
  const cards = [...ctx.tables.cards.values()].map((c) => ({ ...c, isDefault: c.id === id }));
  const changes = cards.filter((c) => c.isDefault !== ctx.tables.cards.get(c.id)?.isDefault).map((c) => put('cards', c.id, c));
  return { changes, cards };
}

export const cardHandlers: HandlerMap<'cards.list' | 'cards.add' | 'cards.update' | 'cards.setDefault' | 'cards.remove'> = {
  'cards.list'(_input, ctx) {
    return { ok: true, value: list(ctx) };
  },

  async 'cards.add'(input, ctx) {
    const errors = checkCard(input, ctx.now);
    if (Object.keys(errors).length) return failure('invalid_input', 'errors.invalidInput', undefined, errors);
    const attached = await ctx.ports.gateway.attach({ ...input, number: input.number.replace(/[\s-]/g, '') });
    if (!attached.ok) return failure('conflict', `errors.payment.${attached.reason}`);
    // The gateway knows the number: a card already on file is not added twice (made default if asked).
    const existing = [...ctx.tables.cards.values()].find((c) => c.fingerprint === attached.fingerprint);
    if (existing) {
      if (!input.makeDefault || existing.isDefault) return { ok: true, value: { ...list(ctx), cardId: existing.id, alreadyOnFile: true } };
      const made = defaultChanges(ctx, existing.id);
      const audit = auditChange(ctx, 'card.made_default', { type: 'card', id: existing.id }, null, { brand: enumOf('cardBrand', existing.brand), last4: text(existing.last4) });
      return { ok: true, value: { ...list(ctx, made.cards), cardId: existing.id, alreadyOnFile: true }, changes: [...made.changes, audit] };
    }
    const isDefault = ctx.tables.cards.size === 0 || input.makeDefault === true;
    const card: Card = {
      id: ctx.ports.ids.next('card'),
      brand: attached.brand,
      last4: attached.last4,
      expMonth: input.expMonth,
      expYear: input.expYear,
      holder: input.holder.trim(),
      token: attached.token,
      fingerprint: attached.fingerprint,
      isDefault,
      createdAt: ctx.now.toISOString(),
    };
    const others = [...ctx.tables.cards.values()].map((c) => (isDefault ? { ...c, isDefault: false } : c));
    const changes: Change[] = [put('cards', card.id, card), ...others.filter((c) => c.isDefault !== ctx.tables.cards.get(c.id)?.isDefault).map((c) => put('cards', c.id, c))];
    const cards = [...others, card];
    changes.push(auditChange(ctx, 'card.added', { type: 'card', id: card.id }, null, { brand: enumOf('cardBrand', card.brand), last4: text(card.last4), expiry: expiry(card.expMonth, card.expYear) }));
    return { ok: true, value: { ...list(ctx, cards), cardId: card.id, alreadyOnFile: false }, changes };
  },

  /** Edits a card on file: its expiry and holder's name (the number stays with the gateway). */
  'cards.update'(input, ctx) {
    const card = ctx.tables.cards.get(input.id);
    if (!card) return failure('not_found', 'errors.card.notFound');
    const errors = checkCardDetails(input, ctx.now);
    if (Object.keys(errors).length) return failure('invalid_input', 'errors.invalidInput', undefined, errors);
    const next: Card = { ...card, expMonth: input.expMonth, expYear: input.expYear, holder: input.holder.trim() };
    const before = { expiry: expiry(card.expMonth, card.expYear), holder: text(card.holder) };
    const after = { expiry: expiry(next.expMonth, next.expYear), holder: text(next.holder) };
    const changed = diff(before, after);
    if (!Object.keys(changed.after).length) return { ok: true, value: list(ctx) };
    const cards = [...ctx.tables.cards.values()].map((c) => (c.id === card.id ? next : c));
    return { ok: true, value: list(ctx, cards), changes: [put('cards', card.id, next), auditChange(ctx, 'card.updated', { type: 'card', id: card.id }, { last4: text(card.last4), ...changed.before }, { last4: text(card.last4), ...changed.after })] };
  },

  'cards.setDefault'(input, ctx) {
    if (!ctx.tables.cards.has(input.id)) return failure('not_found', 'errors.card.notFound');
    const made = defaultChanges(ctx, input.id);
    const card = ctx.tables.cards.get(input.id)!;
    return { ok: true, value: list(ctx, made.cards), changes: [...made.changes, auditChange(ctx, 'card.made_default', { type: 'card', id: card.id }, null, { brand: enumOf('cardBrand', card.brand), last4: text(card.last4) })] };
  },

  'cards.remove'(input, ctx) {
    const card = ctx.tables.cards.get(input.id);
    if (!card) return failure('not_found', 'errors.card.notFound');
    if (card.isDefault) return failure('conflict', 'errors.card.removeDefault');
    const cards = [...ctx.tables.cards.values()].filter((c) => c.id !== card.id);
    return { ok: true, value: list(ctx, cards), changes: [del('cards', card.id), auditChange(ctx, 'card.removed', { type: 'card', id: card.id }, { brand: enumOf('cardBrand', card.brand), last4: text(card.last4), expiry: expiry(card.expMonth, card.expYear) }, null)] };
  },
};
