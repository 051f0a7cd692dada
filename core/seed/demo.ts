/**
 * First run: with an empty data folder the app seeds a demo account (SPEC §6) so it can be explored
 * at once. Everything goes through one commit, like any command.
 */
import { put, type Change } from '../model/changes.ts';
import type { Account, CustomRole, User } from '../model/records.ts';
import type { Ports } from '../ports/index.ts';
import { demoBilling } from './demo-billing.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from './demo-people.ts';

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
    createdAt: at,
  };
  const licenceManager: CustomRole = { id: 'role_licence_manager', name: 'Licence manager', permissions: ['manage_licenses'] };
  const changes: Change[] = [put('account', 'account', account), put('roles', licenceManager.id, licenceManager)];
  const passwordHash = await ports.hasher.hash(DEMO_PASSWORD);
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
      products: person.products.map((productId) => ({ productId, features: {}, assignedAt: at })),
      createdAt: at,
      updatedAt: at,
    };
    changes.push(put('users', id, user));
  }
  const billing = demoBilling(account, now, ports.ids);
  changes.push(...billing.changes);
  changes.push(put('meta', 'meta', { id: 'meta', invoiceSeq: billing.invoiceSeq, seededAt: at }));
  const auditId = ports.ids.next('aud');
  changes.push(put('audit', auditId, { id: auditId, at, actorId: null, action: 'account.seeded', targetType: 'account', targetId: 'account', before: null, after: { name: account.name } }));
  return changes;
}
