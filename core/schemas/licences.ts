import { z } from 'zod';
import { CATALOG } from '../catalog/catalog.ts';
import { QUEUE_KINDS } from '../model/records.ts';
import { idSchema } from './common.ts';
import { remoteChangeSchema } from './remote-change.ts';

/** Every per-user feature the catalog knows; which ones fit a product is the handler's check. */
const FEATURE_NAMES = [...new Set(CATALOG.flatMap((p) => p.features))];

/** Feature name → on/off. A strict object over the catalog's features: any other name is refused. */
export const featuresSchema = z.object(Object.fromEntries(FEATURE_NAMES.map((name) => [name, z.boolean().optional()]))).strict();

const userIdsSchema = z.array(idSchema).min(1).max(10000);

/**
 * One licence change for many users (People > Add/Remove products, one user or the selection):
 * products to give (with the per-user features to set) and products to take. All or nothing.
 */
export const licenceChangeInput = z.object({
  userIds: userIdsSchema,
  assign: z.array(z.object({ productId: idSchema, features: featuresSchema })).max(20),
  remove: z.array(idSchema).max(20),
  /** Removing Business Phone (or Contact Center) from a queued user also takes them out of every queue. */
  alsoRemoveFromQueues: z.boolean(),
  /** Send each changed user the product-change email. */
  notify: z.boolean(),
});
export type LicenceChangeInput = z.infer<typeof licenceChangeInput>;

export const productViewSchema = z.object({
  productId: z.string(),
  name: z.string(),
  /** The per-user features a licence of this product can switch on or off. */
  features: z.array(z.string()),
  /** An add-on (Contact Center) names the product it rides on. */
  addOnOf: z.string().optional(),
  planName: z.string().nullable(),
  /** The price per seat, for those who may view billing. */
  price: z.object({ amount: z.number().int(), currency: z.enum(['EUR', 'USD']), interval: z.enum(['month', 'year']) }).optional(),
  seats: z.number().int(),
  assigned: z.number().int(),
  free: z.number().int(),
  canAddLicences: z.boolean(),
  /** i18n key of why "Add licences" is absent, when it is. */
  addLicencesReason: z.string().optional(),
});
export type ProductView = z.infer<typeof productViewSchema>;

export const productsListOutput = z.object({ products: z.array(productViewSchema) });

export const queuePlaceSchema = z.object({
  queueId: z.string(),
  kind: z.enum(QUEUE_KINDS),
  name: z.string(),
  role: z.enum(['supervisor', 'agent']),
});

/** What a licence change does to one product's seats. */
export const productImpactSchema = z.object({
  productId: z.string(),
  name: z.string(),
  /** Users who get the product, whose features change, who lose it, and who already had it as asked. */
  assigned: z.number().int(),
  updated: z.number().int(),
  removed: z.number().int(),
  unchanged: z.number().int(),
  seats: z.number().int(),
  assignedBefore: z.number().int(),
  assignedAfter: z.number().int(),
  /** Seats free after the change; negative never happens on apply. */
  freeAfter: z.number().int(),
  /** Seats to buy before the change fits (0 when it fits). */
  missing: z.number().int(),
});
export type ProductImpact = z.infer<typeof productImpactSchema>;

/** A user losing Business Phone (or Contact Center) who still sits in queues, and where. */
export const queueHoldSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  places: z.array(queuePlaceSchema),
  /** When the change also takes them out of their queues: the groups that still give them Contact Center (its seat stays taken). */
  keptThrough: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type QueueHold = z.infer<typeof queueHoldSchema>;

const blockerSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.string(),
  /** Seats short just after other desktops gave that product away: who gave it to whom. */
  changes: z.array(remoteChangeSchema).optional(),
});

/** The summary shown before confirming, and returned after applying. */
export const licencePlanSchema = z.object({
  products: z.array(productImpactSchema),
  queueHolds: z.array(queueHoldSchema),
  /** Whether the queue places above are removed by this change (alsoRemoveFromQueues). */
  queuesCleared: z.boolean(),
  changedUserIds: z.array(z.string()),
  /** Why the change can't be applied as it stands (seats short, a queued user losing Contact Center…). */
  blockers: z.array(blockerSchema),
});
export type LicencePlan = z.infer<typeof licencePlanSchema>;
