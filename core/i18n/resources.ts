/**
 * Every UI string, message and email, in the seven languages. Keys are the same in every file (tested).
 * The base file per language holds the shared strings; each area (people, licences, queues, imports, palette, overview, access, notices: links and notifications, groups, signins: the sign-in log) has
 * its own file per language, mounted under the area's name (`people.ui.…`), so areas grow independently.
 */
import en from './locales/en.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };
import it from './locales/it.json' with { type: 'json' };
import de from './locales/de.json' with { type: 'json' };
import es from './locales/es.json' with { type: 'json' };
import pt from './locales/pt.json' with { type: 'json' };
import nl from './locales/nl.json' with { type: 'json' };
import peopleEn from './locales/people/en.json' with { type: 'json' };
import peopleFr from './locales/people/fr.json' with { type: 'json' };
import peopleIt from './locales/people/it.json' with { type: 'json' };
import peopleDe from './locales/people/de.json' with { type: 'json' };
import peopleEs from './locales/people/es.json' with { type: 'json' };
import peoplePt from './locales/people/pt.json' with { type: 'json' };
import peopleNl from './locales/people/nl.json' with { type: 'json' };
import licencesEn from './locales/licences/en.json' with { type: 'json' };
import licencesFr from './locales/licences/fr.json' with { type: 'json' };
import licencesIt from './locales/licences/it.json' with { type: 'json' };
import licencesDe from './locales/licences/de.json' with { type: 'json' };
import licencesEs from './locales/licences/es.json' with { type: 'json' };
import licencesPt from './locales/licences/pt.json' with { type: 'json' };
import licencesNl from './locales/licences/nl.json' with { type: 'json' };
import queuesEn from './locales/queues/en.json' with { type: 'json' };
import queuesFr from './locales/queues/fr.json' with { type: 'json' };
import queuesIt from './locales/queues/it.json' with { type: 'json' };
import queuesDe from './locales/queues/de.json' with { type: 'json' };
import queuesEs from './locales/queues/es.json' with { type: 'json' };
import queuesPt from './locales/queues/pt.json' with { type: 'json' };
import queuesNl from './locales/queues/nl.json' with { type: 'json' };
import importsEn from './locales/imports/en.json' with { type: 'json' };
import importsFr from './locales/imports/fr.json' with { type: 'json' };
import importsIt from './locales/imports/it.json' with { type: 'json' };
import importsDe from './locales/imports/de.json' with { type: 'json' };
import importsEs from './locales/imports/es.json' with { type: 'json' };
import importsPt from './locales/imports/pt.json' with { type: 'json' };
import importsNl from './locales/imports/nl.json' with { type: 'json' };
import paletteEn from './locales/palette/en.json' with { type: 'json' };
import paletteFr from './locales/palette/fr.json' with { type: 'json' };
import paletteIt from './locales/palette/it.json' with { type: 'json' };
import paletteDe from './locales/palette/de.json' with { type: 'json' };
import paletteEs from './locales/palette/es.json' with { type: 'json' };
import palettePt from './locales/palette/pt.json' with { type: 'json' };
import paletteNl from './locales/palette/nl.json' with { type: 'json' };
import overviewEn from './locales/overview/en.json' with { type: 'json' };
import overviewFr from './locales/overview/fr.json' with { type: 'json' };
import overviewIt from './locales/overview/it.json' with { type: 'json' };
import overviewDe from './locales/overview/de.json' with { type: 'json' };
import overviewEs from './locales/overview/es.json' with { type: 'json' };
import overviewPt from './locales/overview/pt.json' with { type: 'json' };
import overviewNl from './locales/overview/nl.json' with { type: 'json' };
import accessEn from './locales/access/en.json' with { type: 'json' };
import accessFr from './locales/access/fr.json' with { type: 'json' };
import accessIt from './locales/access/it.json' with { type: 'json' };
import accessDe from './locales/access/de.json' with { type: 'json' };
import accessEs from './locales/access/es.json' with { type: 'json' };
import accessPt from './locales/access/pt.json' with { type: 'json' };
import accessNl from './locales/access/nl.json' with { type: 'json' };

import noticesEn from './locales/notices/en.json' with { type: 'json' };
import noticesFr from './locales/notices/fr.json' with { type: 'json' };
import noticesIt from './locales/notices/it.json' with { type: 'json' };
import noticesDe from './locales/notices/de.json' with { type: 'json' };
import noticesEs from './locales/notices/es.json' with { type: 'json' };
import noticesPt from './locales/notices/pt.json' with { type: 'json' };
import noticesNl from './locales/notices/nl.json' with { type: 'json' };

import groupsEn from './locales/groups/en.json' with { type: 'json' };
import groupsFr from './locales/groups/fr.json' with { type: 'json' };
import groupsIt from './locales/groups/it.json' with { type: 'json' };
import groupsDe from './locales/groups/de.json' with { type: 'json' };
import groupsEs from './locales/groups/es.json' with { type: 'json' };
import groupsPt from './locales/groups/pt.json' with { type: 'json' };
import groupsNl from './locales/groups/nl.json' with { type: 'json' };

import signinsEn from './locales/signins/en.json' with { type: 'json' };
import signinsFr from './locales/signins/fr.json' with { type: 'json' };
import signinsIt from './locales/signins/it.json' with { type: 'json' };
import signinsDe from './locales/signins/de.json' with { type: 'json' };
import signinsEs from './locales/signins/es.json' with { type: 'json' };
import signinsPt from './locales/signins/pt.json' with { type: 'json' };
import signinsNl from './locales/signins/nl.json' with { type: 'json' };

export const resources = {
  en: { translation: { ...en, people: peopleEn, licences: licencesEn, queues: queuesEn, imports: importsEn, palette: paletteEn, overview: overviewEn, access: accessEn, notices: noticesEn, groups: groupsEn, signins: signinsEn } },
  fr: { translation: { ...fr, people: peopleFr, licences: licencesFr, queues: queuesFr, imports: importsFr, palette: paletteFr, overview: overviewFr, access: accessFr, notices: noticesFr, groups: groupsFr, signins: signinsFr } },
  it: { translation: { ...it, people: peopleIt, licences: licencesIt, queues: queuesIt, imports: importsIt, palette: paletteIt, overview: overviewIt, access: accessIt, notices: noticesIt, groups: groupsIt, signins: signinsIt } },
  de: { translation: { ...de, people: peopleDe, licences: licencesDe, queues: queuesDe, imports: importsDe, palette: paletteDe, overview: overviewDe, access: accessDe, notices: noticesDe, groups: groupsDe, signins: signinsDe } },
  es: { translation: { ...es, people: peopleEs, licences: licencesEs, queues: queuesEs, imports: importsEs, palette: paletteEs, overview: overviewEs, access: accessEs, notices: noticesEs, groups: groupsEs, signins: signinsEs } },
  pt: { translation: { ...pt, people: peoplePt, licences: licencesPt, queues: queuesPt, imports: importsPt, palette: palettePt, overview: overviewPt, access: accessPt, notices: noticesPt, groups: groupsPt, signins: signinsPt } },
  nl: { translation: { ...nl, people: peopleNl, licences: licencesNl, queues: queuesNl, imports: importsNl, palette: paletteNl, overview: overviewNl, access: accessNl, notices: noticesNl, groups: groupsNl, signins: signinsNl } },
} as const;

/**
 * Where an audit action's label may be, in order: the base file's `ui.audit.…`, then each area that
 * labels the actions it records (`groups.audit.…`). One list for Activity, a user's history and the
 * notifications, read from the files themselves, so a new area's actions are labelled everywhere at once.
 */
export const AUDIT_LABEL_AREAS: readonly string[] = Object.entries(resources.en.translation)
  .filter(([, value]) => typeof value === 'object' && value !== null && 'audit' in value)
  .map(([area]) => area)
  .sort((a, b) => Number(b === 'ui') - Number(a === 'ui'));

/** The keys that may hold the label of an audit action, in the order to try them. */
export const auditLabelKeys = (action: string): string[] => AUDIT_LABEL_AREAS.map((area) => `${area}.audit.${action}`);
