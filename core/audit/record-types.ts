/**
 * Each audit record type (the entry's target type) lists the fields it may show and what each is: an
 * allow-list, so a field nobody listed — a new secret, say — is never recorded nor shown. Old entries,
 * stored before values were typed, are typed by the same list when read (see read.ts).
 */
import type { AuditEntry } from '../model/records.ts';
import type { EnumType, RefType } from '../schemas/audit-value.ts';

type Scalar = 'money' | 'instant' | 'date' | 'expiry' | 'products' | 'text' | 'number' | 'flag' | `ref:${RefType}` | `enum:${EnumType}`;
/** What a field holds: one value of a kind, or a list of them. */
export type FieldSpec = Scalar | `list:${Scalar}`;

export const RECORD_TYPES = {
  user: {
    firstName: 'text',
    lastName: 'text',
    email: 'text',
    phone: 'text',
    language: 'enum:language',
    timeZone: 'enum:timeZone',
    role: 'enum:role',
    customRole: 'ref:role',
    billingContact: 'flag',
    status: 'enum:status',
    products: 'products',
    passwordChangedAt: 'instant',
    // A failed password check: the email tried (never the password), the client, the count, the lock.
    client: 'text',
    failures: 'number',
    lockedUntil: 'instant',
    // When an invitation's or a reset's code stops working (never the code).
    invitationExpiresAt: 'instant',
    resetExpiresAt: 'instant',
    // Two-step sign-in: on or off, and how many recovery codes are left (never the key nor a code).
    twoStep: 'flag',
    recoveryCodes: 'number',
  },
  /** A sign-in attempt for an email no user has. */
  email: { email: 'text', client: 'text', failures: 'number' },
  role: { name: 'text', permissions: 'list:enum:permission' },
  queue: { name: 'text', members: 'list:ref:user' },
  group: { name: 'text', members: 'list:ref:user', products: 'products' },
  account: {
    name: 'text',
    billingAddress: 'text',
    vatNumber: 'text',
    status: 'enum:status',
    reason: 'enum:cancelReason',
    state: 'enum:requestState',
    paid: 'money',
    creditBalance: 'money',
    refunded: 'money',
    card: 'text',
    invoice: 'ref:invoice',
    /** The damaged files an administrator acknowledged (store.problems.acknowledged). */
    files: 'list:text',
    /** Invoice settings: the account's purchase-order number, and "email (language)" per extra recipient. */
    purchaseOrder: 'text',
    recipients: 'text',
    /** Days before a renewal that billing contacts are reminded, "7, 1". */
    reminderDays: 'text',
    /** The account's sign-in rule: administrators must use two-step sign-in. */
    requireTwoStep: 'flag',
  },
  card: { brand: 'enum:cardBrand', last4: 'text', expiry: 'expiry', holder: 'text' },
  order: { total: 'money', amountDue: 'money', invoice: 'ref:invoice', lines: 'number', reason: 'enum:paymentFailure' },
  subscription: { periodEnd: 'instant', invoice: 'ref:invoice', from: 'ref:plan', to: 'ref:plan' },
} as const satisfies Record<string, Record<string, FieldSpec>>;

export type RecordType = keyof typeof RECORD_TYPES;

/** The fields a record type may show, or none for a type nobody listed. */
export function fieldsOf(targetType: string): Readonly<Record<string, FieldSpec>> {
  return (RECORD_TYPES as Record<string, Record<string, FieldSpec>>)[targetType] ?? {};
}

/** Targets that are billing through and through: the cards, orders, invoices, payments, subscriptions and their prices. */
const BILLING_TARGETS = new Set(['card', 'order', 'invoice', 'payment', 'subscription', 'support']);
/** The account's entries that are billing: its billing details, payments and refunds. */
const BILLING_ACTIONS = ['account.billing_details.', 'billing.', 'payments.', 'card.', 'order.', 'invoice.', 'subscription.', 'support.'];
/** Actions known to carry nothing about billing. Anything else is treated as billing: unknown stays hidden. */
const NON_BILLING_TARGETS = new Set(['user', 'role', 'queue', 'group', 'account', 'email']);

/** Whether only those who may view billing may read this entry. */
export function isBillingEntry(entry: Pick<AuditEntry, 'action' | 'targetType'>): boolean {
  if (BILLING_TARGETS.has(entry.targetType) || !NON_BILLING_TARGETS.has(entry.targetType)) return true;
  return BILLING_ACTIONS.some((prefix) => entry.action.startsWith(prefix));
}
