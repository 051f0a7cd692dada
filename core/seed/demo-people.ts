/** The demo account's people: who signs in, with which role and language. */
import type { Language, Role } from '../model/records.ts';

export const DEMO_PASSWORD = 'Lumen-demo-2026';

export interface DemoPerson {
  first: string;
  last: string;
  role: Role;
  language: Language;
  timeZone: string;
  billingContact?: boolean;
  customRole?: 'licence_manager';
  products: string[];
  /** Features switched on (the others of each held product are off). */
  featuresOn?: string[];
  canSignIn?: boolean;
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { first: 'Claire', last: 'Dubois', role: 'super_admin', language: 'en', timeZone: 'Europe/Paris', billingContact: true, products: ['remote_support', 'meetings'], featuresOn: ['session_recording'], canSignIn: true },
  { first: 'Marco', last: 'Rossi', role: 'admin', language: 'it', timeZone: 'Europe/Rome', products: ['remote_support', 'business_phone', 'meetings'], canSignIn: true },
  { first: 'Sofia', last: 'Martins', role: 'admin', language: 'pt', timeZone: 'Europe/Lisbon', products: ['business_phone', 'meetings', 'contact_center'], featuresOn: ['call_recording'], canSignIn: true },
  { first: 'Hannah', last: 'Becker', role: 'user', language: 'de', timeZone: 'Europe/Berlin', billingContact: true, products: ['meetings'], canSignIn: true },
  { first: 'Jan', last: 'de Vries', role: 'user', language: 'nl', timeZone: 'Europe/Amsterdam', customRole: 'licence_manager', products: ['remote_support'], canSignIn: true },
  { first: 'Lucía', last: 'García', role: 'user', language: 'es', timeZone: 'Europe/Madrid', products: ['business_phone', 'meetings', 'contact_center'], canSignIn: true },
  { first: 'Tom', last: 'Walker', role: 'user', language: 'en', timeZone: 'Europe/London', products: ['remote_support', 'business_phone'], canSignIn: true },
  { first: 'Emma', last: 'Leroy', role: 'user', language: 'fr', timeZone: 'Europe/Paris', products: ['business_phone', 'meetings', 'contact_center'] },
  { first: 'Lucas', last: 'Bernard', role: 'user', language: 'fr', timeZone: 'Europe/Paris', products: ['remote_support', 'meetings'] },
  { first: 'Giulia', last: 'Conti', role: 'user', language: 'it', timeZone: 'Europe/Rome', products: ['business_phone', 'contact_center'], featuresOn: ['call_recording', 'voicemail_transcription'] },
  { first: 'Noah', last: 'Schmidt', role: 'user', language: 'de', timeZone: 'Europe/Berlin', products: ['business_phone', 'meetings'] },
  { first: 'Inês', last: 'Costa', role: 'user', language: 'pt', timeZone: 'Europe/Lisbon', products: ['meetings'] },
  { first: 'Pablo', last: 'Ruiz', role: 'user', language: 'es', timeZone: 'Europe/Madrid', products: ['remote_support'] },
  { first: 'Sanne', last: 'Jansen', role: 'user', language: 'nl', timeZone: 'Europe/Amsterdam', products: ['business_phone', 'meetings'] },
  { first: 'Olivia', last: 'Brown', role: 'user', language: 'en', timeZone: 'America/New_York', products: ['meetings'] },
  { first: 'Yannick', last: 'Moreau', role: 'user', language: 'fr', timeZone: 'Europe/Paris', products: [] },
];

export function demoEmail(person: Pick<DemoPerson, 'first' | 'last'>): string {
  const clean = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, '').toLowerCase();
  return `${clean(person.first)}.${clean(person.last)}@lumen-analytics.example`;
}

/** Contact Center queues of each kind (SPEC §5), by the members' first names; every member holds Contact Center. */
export const DEMO_QUEUES: { kind: 'call' | 'inbound' | 'outbound'; name: string; supervisors: string[]; agents: string[] }[] = [
  { kind: 'call', name: 'Support hotline', supervisors: ['Sofia'], agents: ['Lucía', 'Emma'] },
  { kind: 'inbound', name: 'Support inbox', supervisors: ['Sofia'], agents: ['Giulia'] },
  { kind: 'outbound', name: 'Renewal calls', supervisors: ['Lucía'], agents: ['Emma', 'Giulia'] },
];
