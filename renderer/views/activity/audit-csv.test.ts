import i18next from 'i18next';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../core/i18n/resources.ts';
import { formatAuditValue } from '../../app/audit-value.ts';
import type { Language } from '../../app/i18n.ts';
import { auditCsv, type AuditCsvLabels } from './audit-csv.ts';
import type { AuditRow } from './store.ts';

function labels(language: Language): AuditCsvLabels {
  const i18n = i18next.createInstance();
  void i18n.init({ resources, lng: language, fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false } });
  const translate = (key: string, params?: Record<string, string>) => (i18n.exists(key) ? i18n.t(key, params) : undefined);
  return {
    headers: { when: 'When', who: 'Who', action: 'Action', target: 'Target', field: 'Field', before: 'Before', after: 'After' },
    when: (iso) => iso,
    actor: (row) => row.actorName,
    action: (action) => action,
    targetType: (type) => type,
    field: (key) => key,
    value: (value) => formatAuditValue(value, { language, timeZone: 'Europe/Paris', translate }),
  };
}

const order: AuditRow = {
  id: 'aud_1',
  at: '2026-11-23T10:00:00.000Z',
  actorId: 'usr_claire',
  actorName: 'Claire Dubois',
  action: 'order.placed',
  targetType: 'order',
  targetId: 'ord_1',
  targetLabel: 'INV-2026-0042',
  before: null,
  after: { total: { kind: 'money', amount: 29420, currency: 'EUR' }, lines: { kind: 'number', value: 1 } },
};
const card: AuditRow = { ...order, id: 'aud_2', action: 'card.removed', targetType: 'card', targetLabel: 'Visa •••• 4242', before: { expiry: { kind: 'expiry', month: 3, year: 2028 } }, after: null };

describe('auditCsv', () => {
  it('writes one line per recorded field, values as the viewer reads them', () => {
    const parse = (language: Language) => Papa.parse<string[]>(auditCsv([order, card], labels(language))).data.map((line) => line.map((cell) => cell.replace(/\s/g, ' ')));
    const en = parse('en');
    expect(en[0]).toEqual(['When', 'Who', 'Action', 'Target', 'Field', 'Before', 'After']);
    expect(en.slice(1).map((line) => line.slice(3))).toEqual([
      ['order: INV-2026-0042', 'total', '', '€294.20'],
      ['order: INV-2026-0042', 'lines', '', '1'],
      ['card: Visa •••• 4242', 'expiry', '03/2028', ''],
    ]);
    expect(parse('de')[1]![6]).toBe('294,20 €');
    expect(parse('it')[1]![6]).toBe('294,20 €');
  });
});
