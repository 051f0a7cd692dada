/**
 * One word per concept per language. The vendor's own help pages (French and Italian) name a seat
 * "poste" ("postes d'utilisateur", "postes (licences)") and a licence "licence" / "licenza"; the other
 * languages keep the word the app already uses most. `avoid` lists the synonyms that must not appear
 * in the locale files for that concept (tested over every message in `glossary.test.ts`), each as a
 * whole word in any case.
 */
import type { Language } from '../model/records.ts';

export type Concept = 'seat' | 'licence' | 'queue' | 'subscription';

export interface Term {
  /** The word (singular, plural) used for the concept. */
  use: readonly [string, string];
  /** Words, with their plurals, that mean the same and must not be used. */
  avoid: readonly string[];
}

export const GLOSSARY: Record<Concept, Record<Language, Term>> = {
  seat: {
    en: { use: ['seat', 'seats'], avoid: ['slot', 'slots'] },
    fr: { use: ['poste', 'postes'], avoid: ['siège', 'sièges'] },
    it: { use: ['postazione', 'postazioni'], avoid: ['posto', 'posti'] },
    de: { use: ['Platz', 'Plätze'], avoid: ['Arbeitsplatz', 'Arbeitsplätze', 'Sitzplatz', 'Sitzplätze'] },
    es: { use: ['puesto', 'puestos'], avoid: ['asiento', 'asientos', 'plaza', 'plazas'] },
    pt: { use: ['lugar', 'lugares'], avoid: ['assento', 'assentos', 'posto', 'postos'] },
    nl: { use: ['plaats', 'plaatsen'], avoid: ['werkplek', 'werkplekken', 'stoel', 'stoelen'] },
  },
  licence: {
    en: { use: ['licence', 'licences'], avoid: ['license', 'licenses'] },
    fr: { use: ['licence', 'licences'], avoid: ['license', 'licenses'] },
    it: { use: ['licenza', 'licenze'], avoid: ['licence', 'license'] },
    de: { use: ['Lizenz', 'Lizenzen'], avoid: ['Licence', 'License'] },
    es: { use: ['licencia', 'licencias'], avoid: ['licence', 'license'] },
    pt: { use: ['licença', 'licenças'], avoid: ['licence', 'license'] },
    nl: { use: ['licentie', 'licenties'], avoid: ['licence', 'license'] },
  },
  queue: {
    en: { use: ['queue', 'queues'], avoid: [] },
    fr: { use: ['file', 'files'], avoid: ['queue', 'queues'] },
    it: { use: ['coda', 'code'], avoid: ['queue', 'queues'] },
    de: { use: ['Warteschlange', 'Warteschlangen'], avoid: ['Queue', 'Queues'] },
    es: { use: ['cola', 'colas'], avoid: ['queue', 'queues'] },
    pt: { use: ['fila', 'filas'], avoid: ['cola', 'colas', 'queue'] },
    nl: { use: ['wachtrij', 'wachtrijen'], avoid: ['queue', 'queues'] },
  },
  subscription: {
    en: { use: ['subscription', 'subscriptions'], avoid: [] },
    fr: { use: ['abonnement', 'abonnements'], avoid: ['souscription', 'souscriptions'] },
    it: { use: ['abbonamento', 'abbonamenti'], avoid: ['sottoscrizione', 'sottoscrizioni'] },
    de: { use: ['Abonnement', 'Abonnements'], avoid: ['Abo', 'Abos'] },
    es: { use: ['suscripción', 'suscripciones'], avoid: ['subscripción', 'subscripciones'] },
    pt: { use: ['subscrição', 'subscrições'], avoid: ['assinatura', 'assinaturas'] },
    nl: { use: ['abonnement', 'abonnementen'], avoid: [] },
  },
};
