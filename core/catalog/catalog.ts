/**
 * The demo catalog (SPEC §5): products, their plans with prices per seat in minor units, and the
 * per-user features a licence can switch on or off. Yearly prices are ten months' worth.
 */
export type Currency = 'EUR' | 'USD';

export interface Plan {
  id: string;
  productId: string;
  name: string;
  rank: number;
  monthly: Record<Currency, number>;
  yearly: Record<Currency, number>;
  proration: 'reset' | 'co_term';
}

export interface Product {
  id: string;
  name: string;
  /** An add-on is bought on top of another product's subscription. */
  addOnOf?: string;
  features: string[];
  plans: Plan[];
}

function plan(productId: string, id: string, name: string, rank: number, eur: number, usd: number): Plan {
  return {
    id,
    productId,
    name,
    rank,
    monthly: { EUR: eur, USD: usd },
    yearly: { EUR: eur * 10, USD: usd * 10 },
    proration: 'reset',
  };
}

export const CATALOG: readonly Product[] = [
  {
    id: 'remote_support',
    name: 'Remote Support',
    features: ['session_recording', 'unattended_access'],
    plans: [
      plan('remote_support', 'rs_standard', 'Standard', 1, 3900, 4300),
      plan('remote_support', 'rs_premium', 'Premium', 2, 5900, 6500),
    ],
  },
  {
    id: 'business_phone',
    name: 'Business Phone',
    features: ['call_recording', 'voicemail_transcription'],
    plans: [
      plan('business_phone', 'bp_basic', 'Basic', 1, 1200, 1300),
      plan('business_phone', 'bp_standard', 'Standard', 2, 1900, 2100),
      plan('business_phone', 'bp_premium', 'Premium', 3, 2700, 2900),
    ],
  },
  {
    id: 'contact_center',
    name: 'Contact Center',
    addOnOf: 'business_phone',
    features: ['queue_callbacks', 'supervisor_monitoring'],
    plans: [plan('contact_center', 'cc_addon', 'Add-on', 1, 3500, 3900)],
  },
  {
    id: 'meetings',
    name: 'Meetings',
    features: ['meeting_recording', 'webinars'],
    // This vendor bills Meetings seat changes "co-term": same period, only the difference for the time left.
    plans: [{ ...plan('meetings', 'mt_business', 'Business', 1, 1400, 1600), proration: 'co_term' }],
  },
];

export function findPlan(planId: string): Plan | undefined {
  for (const product of CATALOG) for (const p of product.plans) if (p.id === planId) return p;
  return undefined;
}

export function findProduct(productId: string): Product | undefined {
  return CATALOG.find((p) => p.id === productId);
}
