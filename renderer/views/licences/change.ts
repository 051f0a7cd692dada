/** What the dialog's ticks stand for, as the licences.preview / licences.apply input (pure: no store, no api). */
import type { InputOf, OutputOf } from '../../../core/contract.ts';

export type ProductView = OutputOf<'products.list'>['products'][number];
export type LicencePlan = OutputOf<'licences.preview'>;
export type ChangeInput = InputOf<'licences.preview'>;
export type Features = Record<string, boolean>;
export type Mode = 'add' | 'remove';

/** Who the change is for: one user (named, with the features of each product they hold) or a selection. */
export interface Audience {
  name: string | null;
  /** How many of the users hold each product; null when it could not be read. */
  held: Record<string, number> | null;
  /** The one user's features per product they hold (empty for a selection). */
  current: Record<string, Features>;
}

export interface Choice {
  mode: Mode;
  userIds: string[];
  chosen: readonly string[];
  features: Record<string, Features>;
  notify: boolean;
  alsoRemoveFromQueues: boolean;
}

/** The change the ticks stand for, or null while nothing is ticked. */
export function toInput(choice: Choice): ChangeInput | null {
  if (!choice.chosen.length || !choice.userIds.length) return null;
  const add = choice.mode === 'add';
  return {
    userIds: choice.userIds,
    assign: add ? choice.chosen.map((productId) => ({ productId, features: choice.features[productId] ?? {} })) : [],
    remove: add ? [] : [...choice.chosen],
    alsoRemoveFromQueues: !add && choice.alsoRemoveFromQueues,
    notify: choice.notify,
  };
}

/** A product's features as the dialog opens: the one user's own when they hold it, else all switched on. */
export function initialFeatures(products: readonly ProductView[], audience: Audience): Record<string, Features> {
  return Object.fromEntries(products.map((p) => [p.productId, audience.current[p.productId] ?? Object.fromEntries(p.features.map((f) => [f, true]))]));
}

/** Adding offers every product; removing offers those some of the users hold (all, when that is unknown). */
export function offeredProducts(products: readonly ProductView[], mode: Mode, audience: Audience | null): ProductView[] {
  if (mode === 'add' || !audience?.held) return [...products];
  return products.filter((p) => (audience.held?.[p.productId] ?? 0) > 0);
}
