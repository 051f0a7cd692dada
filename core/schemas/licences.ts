import { z } from 'zod';
import { CATALOG } from '../catalog/catalog.ts';
import { idSchema } from './common.ts';

/** Every per-user feature the catalog knows; which ones fit a product is the handler's check. */
const FEATURE_NAMES = [...new Set(CATALOG.flatMap((p) => p.features))];

/** Feature name → on/off. A strict object over the catalog's features: any other name is refused. */
export const featuresSchema = z.object(Object.fromEntries(FEATURE_NAMES.map((name) => [name, z.boolean().optional()]))).strict();

const userIdsSchema = z.array(idSchema).min(1).max(5000);

export const assignLicencesInput = z.object({
  userIds: userIdsSchema,
  productId: idSchema,
  features: featuresSchema,
  notify: z.boolean(),
});

export const removeLicencesInput = z.object({
  userIds: userIdsSchema,
  productId: idSchema,
  notify: z.boolean(),
});

export const productViewSchema = z.object({
  productId: z.string(),
  name: z.string(),
  planName: z.string().nullable(),
  seats: z.number().int(),
  assigned: z.number().int(),
  free: z.number().int(),
  canAddLicences: z.boolean(),
  /** i18n key of why "Add licences" is absent, when it is. */
  addLicencesReason: z.string().optional(),
});
export type ProductView = z.infer<typeof productViewSchema>;

export const productsListOutput = z.object({ products: z.array(productViewSchema) });

/** The users whose licences changed (ids) and the product's seats afterwards. */
export const licenceChangeOutput = z.object({ changed: z.array(z.string()), product: productViewSchema });
