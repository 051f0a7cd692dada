/** The one formatter per kind of audit value, in English, French, German and Italian. */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../core/i18n/resources.ts';
import { formatAuditValue, type AuditValue, type ValueContext } from './audit-value.ts';
import type { Language } from './i18n.ts';

function context(language: Language, timeZone = 'Europe/Paris'): ValueContext {
  const i18n = i18next.createInstance();
  void i18n.init({ resources, lng: language, fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false } });
  return { language, timeZone, translate: (key, params) => (i18n.exists(key) ? i18n.t(key, params) : undefined) };
}

/** Intl puts no-break and narrow no-break spaces in amounts; compare them as plain spaces. */
const show = (value: AuditValue | null, language: Language, timeZone?: string) => formatAuditValue(value, context(language, timeZone)).replace(/\s/g, ' ');

const total: AuditValue = { kind: 'money', amount: 29420, currency: 'EUR' };
const expiry: AuditValue = { kind: 'expiry', month: 3, year: 2028 };
const products: AuditValue = { kind: 'products', items: [{ id: 'remote_support', name: 'Remote Support', features: ['session_recording', 'unattended_access'] }, { id: 'meetings', name: 'Meetings', features: [] }] };

describe('formatAuditValue', () => {
  it('money: the amount in major units with its currency, never minor units', () => {
    expect([show(total, 'en'), show(total, 'fr'), show(total, 'de'), show(total, 'it')]).toEqual(['€294.20', '294,20 €', '294,20 €', '294,20 €']);
    expect(show({ kind: 'money', amount: 500, currency: 'USD' }, 'en')).toBe('US$5.00');
  });

  it('card expiry: a month of a year, never a grouped number', () => {
    expect([show(expiry, 'en'), show(expiry, 'fr'), show(expiry, 'de'), show(expiry, 'it')]).toEqual(['03/2028', '03/2028', '03/2028', '03/2028']);
  });

  it('instant in the viewer’s zone; a calendar day in no zone', () => {
    const at: AuditValue = { kind: 'instant', at: '2026-11-23T23:30:00.000Z' };
    expect(show(at, 'en', 'Europe/Paris')).toBe('24 Nov 2026, 00:30');
    expect(show(at, 'de', 'America/New_York')).toBe('23.11.2026, 18:30');
    expect(show({ kind: 'date', date: '2026-11-23' }, 'fr', 'Pacific/Kiritimati')).toBe('23 novembre 2026');
  });

  it('products with their features, translated', () => {
    expect(show(products, 'en')).toBe('Remote Support (Session recording, Unattended access), Meetings');
    expect(show(products, 'de')).toMatch(/^Remote Support \(Sitzungsaufzeichnung, .+\), Meetings$/);
    expect(show({ kind: 'products', items: [] }, 'it')).toBe('—');
  });

  it('references by name, a queue place with its role, a gone record said so', () => {
    expect(show({ kind: 'ref', ref: 'user', id: 'usr_1', name: 'Tom Walker', as: 'agent' }, 'en')).toBe('Tom Walker (Agent)');
    expect(show({ kind: 'ref', ref: 'invoice', id: 'inv_1', name: 'INV-2026-0042' }, 'fr')).toBe('INV-2026-0042');
    expect(show({ kind: 'ref', ref: 'user', id: 'usr_gone', name: '' }, 'de')).toBe('(existiert nicht mehr)');
  });

  it('enums in the viewer’s language: status, role, language, permission, card brand, reasons', () => {
    const e = (of: Extract<AuditValue, { kind: 'enum' }>['of'], value: string): AuditValue => ({ kind: 'enum', of, value });
    expect(show(e('status', 'deactivated'), 'fr')).toBe('Désactivé');
    expect(show(e('role', 'admin'), 'de')).toBe('Administrator');
    expect(show(e('language', 'it'), 'en')).toBe('Italiano');
    expect(show(e('cardBrand', 'visa'), 'it')).toBe('Visa');
    expect(show(e('paymentFailure', 'card_declined'), 'en')).toBe('Card declined');
    expect(show(e('country', 'DE'), 'fr')).toBe('Allemagne');
    expect(show(e('status', 'brand_new_state'), 'en')).toBe('Brand new state');
  });

  it('numbers grouped in the language, flags as yes/no, lists joined, absent as a dash', () => {
    expect([show({ kind: 'number', value: 12000 }, 'en'), show({ kind: 'number', value: 12000 }, 'de')]).toEqual(['12,000', '12.000']);
    expect(show({ kind: 'flag', value: true }, 'fr')).toBe('Oui');
    expect(show({ kind: 'list', items: [{ kind: 'enum', of: 'permission', value: 'manage_users' }, { kind: 'enum', of: 'permission', value: 'view_billing' }] }, 'en')).toBe('Manage users, View billing');
    expect(show(null, 'it')).toBe('—');
    expect(show({ kind: 'text', text: '+33 1 23 45 67 89' }, 'it')).toBe('+33 1 23 45 67 89');
  });
});
