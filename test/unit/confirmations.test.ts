/** Every channel of the contract is a read or a change with its confirmation, and each message exists. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../core/contract.ts';
import { LANGUAGES } from '../../core/model/records.ts';
import { CONFIRMATIONS, READS } from '../../renderer/app/confirmations.ts';
import { messages, PLURAL_SUFFIX } from './locale-files.ts';

describe('confirmations of changes', () => {
  it('classify every channel exactly once', () => {
    const writes = Object.keys(CONFIRMATIONS);
    expect([...READS, ...writes].sort()).toEqual([...CHANNELS].sort());
    expect(writes.filter((c) => (READS as readonly string[]).includes(c))).toEqual([]);
  });

  it('use messages that exist in every language', () => {
    const source = fs.readFileSync('renderer/app/confirmations.ts', 'utf8');
    const keys = [...source.matchAll(/'((?:ui|people)\.(?:toasts|ui\.notices)\.[\w.]+)'/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(20);
    for (const lang of LANGUAGES) {
      const bases = new Set([...messages(lang).keys()].map((k) => k.replace(PLURAL_SUFFIX, '')));
      expect(keys.filter((k) => !bases.has(k)), lang).toEqual([]);
    }
  });
});

describe('the confirmation of a language change', () => {
  it('is worded in the language just chosen, not the one being left', async () => {
    const { default: i18next } = await import('i18next');
    const fr = JSON.parse(fs.readFileSync('core/i18n/locales/fr.json', 'utf8')) as { ui: { toasts: { saved: string } } };
    const en = JSON.parse(fs.readFileSync('core/i18n/locales/en.json', 'utf8')) as { ui: { toasts: { saved: string } } };
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'en', resources: { en: { translation: en }, fr: { translation: fr } } });
    const confirm = CONFIRMATIONS['me.updatePersonal'] as (input: unknown, value: unknown, t: typeof i18n.t) => string;
    const text = confirm({ firstName: 'Claire', lastName: 'Dubois', phone: '', language: 'fr', timeZone: 'Europe/Paris' }, { outcome: 'saved' }, i18n.t);
    expect(text).toBe(fr.ui.toasts.saved);
    expect(text).not.toBe(en.ui.toasts.saved);
  });
});
