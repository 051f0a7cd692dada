/**
 * First run: with an empty data folder the app seeds a demo account (SPEC §6) so it can be explored
 * at once. Everything goes through one commit, like any command.
 */
import { put, type Change } from '../model/changes.ts';
import type { Account, CustomRole, User } from '../model/records.ts';
import type { Ports, Store } from '../ports/index.ts';
import { demoSubscriptions } from './demo-billing.ts';
import { findProduct } from '../catalog/catalog.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_QUEUES, demoEmail } from './demo-people.ts';

/** Seeds the demo account in two commits: people first, then the subscriptions and their first invoices. */
export const DEMO_CARD_FINGERPRINT = 'fp_fe5e1c09fb21177be74947cc';

export async function seedDemo(store: Store, ports: Pick<Ports, 'clock' | 'ids' | 'hasher'>): Promise<void> {
  await store.commit(await demoChanges(ports));
  await store.commit(demoSubscriptions(store.tables, ports.ids, ports.clock.now()));
}

export async function demoChanges(ports: Pick<Ports, 'clock' | 'ids' | 'hasher'>): Promise<Change[]> {
  const now = ports.clock.now();
  const at = now.toISOString();
  const account: Account = {
    id: 'account',
    name: 'Lumen Analytics SAS',
    billingMode: 'self_service',
    currency: 'EUR',
    billingAddress: { line1: '18 rue de la Paix', city: 'Paris', postalCode: '75002', country: 'FR' },
    vatNumber: 'FR83404833048',
    status: 'active',
    creditBalance: 0,
    timeZone: 'Europe/Paris',
    createdAt: at,
  };
  const licenceManager: CustomRole = { id: 'role_licence_manager', name: 'Licence manager', permissions: ['manage_licenses'] };
  const changes: Change[] = [put('account', 'account', account), put('roles', licenceManager.id, licenceManager)];
  const passwordHash = await ports.hasher.hash(DEMO_PASSWORD);
  const idsByFirstName = new Map<string, string>();
  for (const person of DEMO_PEOPLE) {
    const id = ports.ids.next('usr');
    const user: User = {
      id,
      email: demoEmail(person),
      firstName: person.first,
      lastName: person.last,
      phone: '',
      language: person.language,
      timeZone: person.timeZone,
      role: person.role,
      ...(person.customRole ? { customRoleId: licenceManager.id } : {}),
      billingContact: person.billingContact ?? false,
      status: 'active',
      // One hash for the demo password: it is salted once, and the demo sign-ins share it.
      ...(person.canSignIn ? { passwordHash } : {}),
      products: person.products.map((productId) => ({ productId, features: featuresOf(productId, person.featuresOn ?? []), assignedAt: at })),
      createdAt: at,
      updatedAt: at,
    };
    changes.push(put('users', id, user));
    idsByFirstName.set(person.first, id);
  }
  for (const [n, queue] of DEMO_QUEUES.entries()) {
    const id = `que_${String(n + 1).padStart(6, '0')}`;
    const members = [
      ...queue.supervisors.map((first) => ({ userId: idsByFirstName.get(first)!, role: 'supervisor' as const })),
      ...queue.agents.map((first) => ({ userId: idsByFirstName.get(first)!, role: 'agent' as const })),
    ];
    changes.push(put('queues', id, { id, kind: queue.kind, name: queue.name, members, createdAt: at }));
  }
  // The offline gateway's fingerprint of 4242 4242 4242 4242 (core/adapters/offline-gateway.ts), so adding it again adds no second card.
  changes.push(put('cards', 'card_demo', { id: 'card_demo', brand: 'visa', last4: '4242', expMonth: 8, expYear: now.getUTCFullYear() + 3, holder: 'Claire Dubois', token: 'tok_ok_4242_demo', fingerprint: DEMO_CARD_FINGERPRINT, isDefault: true, createdAt: at }));
  changes.push(put('meta', 'meta', { id: 'meta', invoiceSeq: 0, seededAt: at }));
  const auditId = ports.ids.next('aud');
  changes.push(put('audit', auditId, { id: auditId, at, actorId: null, action: 'account.seeded', targetType: 'account', targetId: 'account', before: null, after: { name: { kind: 'text', text: account.name } } }));
  return changes;
}

/** Every feature of the product, on when the person's list names it. */
function featuresOf(productId: string, on: readonly string[]): Record<string, boolean> {
  return Object.fromEntries((findProduct(productId)?.features ?? []).map((f) => [f, on.includes(f)]));
}
