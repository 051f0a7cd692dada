/**
 * The records the store holds, one type per collection. Money is integer minor units with an ISO
 * currency; instants are ISO-8601 UTC strings produced by the injected clock.
 */
import type { AppRoute } from '../schemas/links.ts';
import type { SavedViewState, SavedViewTable } from '../schemas/saved-views.ts';

export const LANGUAGES = ['en', 'fr', 'it', 'de', 'es', 'pt', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

export const ROLES = ['super_admin', 'admin', 'user'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = ['manage_users', 'manage_licenses', 'view_billing'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export type BillingMode = 'self_service' | 'offline' | 'corporate';

export interface Address {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  region?: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
}

export interface Account {
  id: string;
  name: string;
  billingMode: BillingMode;
  currency: 'EUR' | 'USD';
  billingAddress: Address;
  vatNumber?: string;
  status: 'active' | 'past_due' | 'cancelled';
  trialEndsAt?: string;
  creditBalance: number;
  /** IANA zone in which billing periods run (calendar months and years). */
  timeZone: string;
  cancelledAt?: string;
  cancelReason?: string;
  /** A paid account's request to be reactivated, followed up by the vendor's support. */
  reactivation?: { state: 'sent' | 'in_progress' | 'done'; requestedAt: string };
  /** What every invoice carries and who else receives it (billing/invoice-settings.ts). */
  invoiceSettings?: InvoiceSettings;
  /** Sign-in rules a super administrator sets (auth/two-step.ts). Absent: none. */
  security?: AccountSecurity;
  createdAt: string;
}

export interface AccountSecurity {
  /** Administrators and super administrators must use two-step sign-in: one not enrolled enrols at their next sign-in. */
  requireTwoStepForAdmins: boolean;
}

/** Someone outside the app who receives every invoice, credit note and payment receipt (e.g. accounting@…). */
export interface InvoiceRecipient {
  email: string;
  language: Language;
}

export interface InvoiceSettings {
  /** The purchase-order number an order or renewal carries when it names none. */
  purchaseOrder?: string;
  recipients: InvoiceRecipient[];
  /** Days before a renewal on which billing contacts are reminded (billing/reminders.ts); absent: 7 and 1. */
  reminderDays?: number[];
}

export interface CustomRole {
  id: string;
  name: string;
  permissions: Permission[];
}

export interface ProductAssignment {
  productId: string;
  features: Record<string, boolean>;
  assignedAt: string;
}

export const USER_STATUSES = ['invited', 'active', 'deactivated'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** A one-time code as stored: the SHA-256 digest of the code (never the code), when it was sent and when it dies. */
export interface OneTimeCode {
  digest: string;
  sentAt: string;
  expiresAt: string;
}

/** Whether the user holds the licences they were given: invited and active users do, deactivated ones hold none. */
export const holdsLicences = (user: { readonly status: UserStatus }) => user.status !== 'deactivated';

export interface User {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  language: Language;
  timeZone: string;
  role: Role;
  customRoleId?: string;
  billingContact: boolean;
  /** Invited: created, not yet signed in (no password); holds licences like an active user, signs in only by accepting. */
  status: UserStatus;
  /** The pending invitation (status invited): its one-time code as a digest only (auth/codes.ts). Never leaves the core. */
  invitation?: OneTimeCode;
  /** When the user accepted their invitation (the administrators' notification centre says so for a while). */
  invitationAcceptedAt?: string;
  /** A pending password reset: its one-time code as a digest only. Never leaves the core. */
  passwordReset?: OneTimeCode;
  /**
   * Raised when the password changes: sessions signed in under an older value end at their next call
   * (core/app/create-core.ts). Absent: 0.
   */
  sessionGeneration?: number;
  /** Salted slow hash (Argon2id PHC string; older ones "scrypt$…"); never leaves the core. */
  passwordHash?: string;
  passwordChangedAt?: string;
  /** Failed password checks in a row (auth/throttle.ts); gone after a successful one. Never leaves the core. */
  passwordFailures?: { count: number; lastAt: string };
  /** Two-step sign-in, once confirmed by a first code (auth/two-step.ts). Never leaves the core. */
  twoStep?: TwoStep | LegacyTwoStep;
  /** A key shown for enrolment and not yet confirmed by a code, sealed; replaced by the next start. Never leaves the core. */
  twoStepPending?: { sealedKey: string; startedAt: string } | LegacyPendingKey;
  products: ProductAssignment[];
  createdAt: string;
  updatedAt: string;
}

/**
 * A user's two-step sign-in. The TOTP key has to be read back to check a code, so it cannot be hashed:
 * it is kept sealed (AES-256-GCM with the host's data key, ports/sealer.ts; the data key is never in
 * the store) and never returned, audited, emailed or logged after the enrolment screen showed it once.
 */
export interface TwoStep extends TwoStepState {
  /** The RFC 6238 key (base 32), sealed: `v1:<key id>:<iv>:<ciphertext and tag>` (auth/totp-key.ts opens it). */
  sealedKey: string;
}

/**
 * A record written before keys were sealed: the key in plain text, under the old name. This version
 * never writes one: it seals the key at its next use, once this host holds a data key (auth/totp-key.ts).
 */
export interface LegacyTwoStep extends TwoStepState {
  key: string;
}

/** A pending enrolment written before keys were sealed. */
export interface LegacyPendingKey {
  key: string;
  startedAt: string;
}

interface TwoStepState {
  enrolledAt: string;
  /** The last accepted time step (30 s): a code of that step or an earlier one is refused (no replay). */
  lastStep: number;
  /** The unused recovery codes as SHA-256 digests (adapters/secrets.ts); a used one is removed. */
  recoveryDigests: string[];
}

export interface Money {
  amount: number;
  currency: 'EUR' | 'USD';
}

export interface Subscription {
  id: string;
  productId: string;
  planId: string;
  interval: 'month' | 'year';
  seats: number;
  /** Price per seat per interval, locked at purchase, in minor units. */
  unitAmount: number;
  currency: 'EUR' | 'USD';
  periodStart: string;
  periodEnd: string;
  /** Periods run from this instant: period k is [anchor + k intervals, anchor + k+1), clamped at month end. */
  anchorAt: string;
  periodIndex: number;
  autoRenew: boolean;
  /** The renewal reminders already sent for the period numbered `periodIndex` (billing/reminders.ts). */
  reminded?: { periodIndex: number; days: number[] };
  addOns: { productId: string; planId: string; seats: number; unitAmount: number }[];
  createdAt: string;
}

export interface InvoiceLine {
  kind: 'charge' | 'credit';
  subscriptionId: string | null;
  productId: string;
  planId: string;
  interval: 'month' | 'year';
  periodStart: string;
  periodEnd: string;
  quantity: number;
  unitAmount: number;
  /** Signed: credits are negative. Rounded half away from zero to the minor unit. */
  amount: number;
}

export interface TaxSummary {
  kind: 'standard' | 'reverse_charge' | 'outside_eu';
  country: string;
  rateBasisPoints: number;
  amount: number;
  mention?: string;
}

export interface Invoice {
  id: string;
  number: string;
  kind: 'invoice' | 'credit_note';
  source: 'order' | 'renewal' | 'history';
  orderId?: string;
  issuedAt: string;
  currency: 'EUR' | 'USD';
  lines: InvoiceLine[];
  subtotal: number;
  tax: TaxSummary;
  total: number;
  creditUsed: number;
  amountPaid: number;
  amountDue: number;
  /** A credit note's amount added to the account's credit balance. */
  creditedToBalance: number;
  status: 'paid' | 'open' | 'credited';
  seller: { name: string; address: Address; vatNumber: string };
  buyer: { name: string; address: Address; vatNumber?: string };
  /** The buyer's purchase-order number (EN 16931 BT-13) and a free note (BT-22). */
  purchaseOrder?: string;
  note?: string;
}

export interface Payment {
  id: string;
  invoiceId: string;
  at: string;
  amount: number;
  currency: 'EUR' | 'USD';
  method: string;
  status: 'succeeded' | 'failed';
  failureReason?: string;
}

export interface Card {
  id: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  holder: string;
  token: string;
  /** The gateway's name for the card number: two cards with one fingerprint are one card. */
  fingerprint?: string;
  /** The expiry ("2029-08") whose reminder was sent: a card updated with a new expiry is reminded again. */
  expiryReminded?: string;
  isDefault: boolean;
  createdAt: string;
}

export type CartChange =
  | { kind: 'add_seats'; subscriptionId: string; seats: number }
  | { kind: 'remove_seats'; subscriptionId: string; seats: number }
  | { kind: 'change_plan'; subscriptionId: string; planId: string }
  | { kind: 'change_interval'; subscriptionId: string; interval: 'month' | 'year' }
  | { kind: 'add_addon'; subscriptionId: string; planId: string; seats: number }
  | { kind: 'remove_addon'; subscriptionId: string; planId: string }
  | { kind: 'new_subscription'; planId: string; interval: 'month' | 'year'; seats: number };

export interface Cart {
  /** One cart per user: the user's id. */
  id: string;
  lines: CartChange[];
  updatedAt: string;
}

export interface Order {
  id: string;
  idempotencyKey: string;
  placedAt: string;
  placedBy: string;
  status: 'placed' | 'paid' | 'payment_pending' | 'failed';
  lines: CartChange[];
  currency: 'EUR' | 'USD';
  total: number;
  amountDue: number;
  invoiceId?: string;
  failureReason?: string;
  /** The buyer's purchase-order number and free note, carried onto the invoice. */
  purchaseOrder?: string;
  note?: string;
}

export interface SupportRequest {
  id: string;
  kind: 'downgrade';
  subscriptionId: string;
  fromPlanId: string;
  toPlanId: string;
  status: 'open' | 'in_progress' | 'closed';
  createdAt: string;
  createdBy: string;
}

export const QUEUE_KINDS = ['call', 'inbound', 'outbound'] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];
export type QueueRole = 'supervisor' | 'agent';

/** A Contact Center queue. Every member (supervisor or agent) holds a billed Contact Center licence. */
export interface Queue {
  id: string;
  kind: QueueKind;
  name: string;
  members: { userId: string; role: QueueRole }[];
  createdAt: string;
}

/**
 * A group of people ("Support team"). Every active member holds the group's products with their
 * features, beside what they hold directly (core/licences/effective.ts).
 */
export interface Group {
  id: string;
  name: string;
  memberIds: string[];
  products: { productId: string; features: Record<string, boolean> }[];
  createdAt: string;
  updatedAt: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface OutboxEmail {
  id: string;
  at: string;
  to: string;
  userId: string | null;
  template: 'invitation' | 'password_reset' | 'password_changed' | 'account_locked' | 'order_confirmation' | 'product_change' | 'account_cancelled' | 'payment_failed' | 'refund_issued' | 'invoice_issued' | 'payment_receipt' | 'renewal_reminder' | 'card_expiring' | 'two_step_reset';
  language: Language;
  subject: string;
  body: string;
  /** The view the email is about (an invoice, a user, the account's own settings): its body carries the link too. */
  link?: AppRoute;
}

/** How a sign-in was attempted: a password, an invitation's code (the first sign-in), a reset's code. */
export const SIGN_IN_METHODS = ['password', 'invitation_code', 'reset_code'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/**
 * Why a sign-in failed. `locked`: refused by the throttle before anything was checked;
 * `second_step_failed`: the two-step code was wrong (two-step sign-in records it through
 * core/sign-ins/record.ts, like every other outcome).
 */
export const SIGN_IN_REASONS = ['wrong_password', 'wrong_code', 'locked', 'second_step_failed', 'invitation_expired', 'reset_expired', 'deactivated', 'unknown_user'] as const;
export type SignInReason = (typeof SIGN_IN_REASONS)[number];

/**
 * One sign-in attempt (core/sign-ins/record.ts): when, who (the user the email belongs to, none for
 * an unknown email), the email as typed, how, and the outcome. Never a password or a code.
 */
export type SignInEvent = {
  id: string;
  at: string;
  userId: string | null;
  /** The email as typed (trimmed, lower case): what an unknown email's attempt is known by. */
  email: string;
  method: SignInMethod;
  /** The client as its host named it (a window, a browser connection), when it names one. */
  client?: string;
} & ({ outcome: 'succeeded' } | { outcome: 'failed'; reason: SignInReason });

/** Which notifications a user has read (core/notifications/): per user, the ids of the latest ones, bounded. */
export interface NoticeReads {
  /** The user's id. */
  id: string;
  read: string[];
}

/** A user's saved table views (core/saved-views/): per user, each table's views and the one it opens with. */
export interface SavedViews {
  /** The user's id. */
  id: string;
  views: SavedView[];
  defaults: Partial<Record<SavedViewTable, string>>;
}

export interface SavedView {
  id: string;
  table: SavedViewTable;
  name: string;
  state: SavedViewState;
  createdAt: string;
  updatedAt: string;
}

export interface Meta {
  id: 'meta';
  invoiceSeq: number;
  seededAt: string;
}

/** Every collection the store keeps, by name. */
export interface Collections {
  account: Account;
  meta: Meta;
  roles: CustomRole;
  users: User;
  subscriptions: Subscription;
  invoices: Invoice;
  payments: Payment;
  cards: Card;
  carts: Cart;
  orders: Order;
  supportRequests: SupportRequest;
  queues: Queue;
  groups: Group;
  audit: AuditEntry;
  outbox: OutboxEmail;
  noticeReads: NoticeReads;
  savedViews: SavedViews;
  signIns: SignInEvent;
}
export type CollectionName = keyof Collections;
export const COLLECTIONS: readonly CollectionName[] = [
  'account',
  'meta',
  'roles',
  'users',
  'subscriptions',
  'invoices',
  'payments',
  'cards',
  'carts',
  'orders',
  'supportRequests',
  'queues',
  'groups',
  'audit',
  'outbox',
  'noticeReads',
  'savedViews',
  'signIns',
];
