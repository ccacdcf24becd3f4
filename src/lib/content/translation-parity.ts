/**
 * What a translation must cover: every piece of default-language wording on a
 * page has its translated counterpart, lists line up one to one, and keyed
 * notes name only lots, aliases and labels that exist in the default-language
 * entry. Pure functions over plain data, shared by the build (load.ts) and the
 * translators' checker (scripts/check-translations.ts).
 */
import { inReaderScript, sameLanguage, type Lang } from '../../i18n/languages.ts';
import { wordingLanguage } from './quotations.ts';

export interface ParityProblem {
  field: string;
  message: string;
}

type Data = Record<string, unknown>;
export type Parity = (english: Data, translated: Data, lang: Lang) => ParityProblem[];

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const has = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0;

function sameLength(problems: ParityProblem[], field: string, english: unknown, translated: unknown, what: string) {
  const e = list(english).length;
  const t = list(translated).length;
  if (e !== t) {
    problems.push({ field, message: `the English entry has ${e} ${what} and the translation has ${t}; translate each one, in the same order` });
  }
}

function optionalPair(problems: ParityProblem[], field: string, english: unknown, translated: unknown) {
  if (has(english) && !has(translated)) problems.push({ field, message: 'the English entry has this field; translate it' });
  if (!has(english) && has(translated)) problems.push({ field, message: 'the English entry has no such field; remove it or add the fact to the English entry first' });
}

function keyedNotes(
  problems: ParityProblem[],
  lang: Lang,
  field: string,
  translated: unknown,
  englishItems: unknown[],
  keyOf: (item: Data) => string,
  textOf: (item: Data) => unknown,
  what: string,
) {
  const notes = (translated ?? {}) as Record<string, unknown>;
  const items = englishItems as Data[];
  const keys = new Set(items.map(keyOf));
  for (const key of Object.keys(notes)) {
    if (!keys.has(key)) problems.push({ field: `${field}.${key}`, message: `no ${what} "${key}" in the English entry` });
  }
  for (const item of items) {
    const key = keyOf(item);
    const text = textOf(item);
    if (has(text) && !inReaderScript(String(text), lang) && !has(notes[key])) {
      problems.push({ field: `${field}.${key}`, message: `the English ${what} "${key}" has a note; translate it` });
    }
  }
}

export const productParity: Parity = (english, translated, lang) => {
  const problems: ParityProblem[] = [];
  for (const field of ['recognisedBy', 'harm'] as const) optionalPair(problems, field, english[field], translated[field]);
  for (const field of ['claimedMaker', 'strength'] as const) {
    // Names and units stay as printed; only bracketed explanations are words to translate.
    const value = english[field];
    if (typeof value === 'string' && value.includes('(') && !inReaderScript(value.replace(/\([^)]*\p{Script=Hangul}[^)]*\)/gu, ''), lang) && !has(translated[field])) {
      problems.push({ field, message: `"${value}" has an explanation in brackets; translate it` });
    }
    if (!has(value) && has(translated[field])) problems.push({ field, message: 'the English entry has no such field; remove it' });
  }
  sameLength(problems, 'tells', english['tells'], translated['tells'], 'packaging tells');
  sameLength(problems, 'changelog', english['changelog'], translated['changelog'], 'change-log entries');
  sameLength(problems, 'authorityWords', english['authorityWords'], translated['authorityWords'], 'quotations');
  list(english['authorityWords']).forEach((quote, i) => {
    const inReaders = sameLanguage(String((quote as Data)['lang'] ?? ''), lang);
    const rendered = has((list(translated['authorityWords'])[i] as Data | undefined)?.['translation']);
    if (!inReaders && !rendered) problems.push({ field: `authorityWords[${i}].translation`, message: 'this quotation is in another language; give a faithful rendering in this one' });
    if (inReaders && rendered) problems.push({ field: `authorityWords[${i}].translation`, message: 'this quotation is already in this language; remove the rendering' });
  });
  const wording = String(english['statusWording'] ?? '');
  const wordingLang = wordingLanguage(english);
  const wordingInReaders = wordingLang ? sameLanguage(wordingLang, lang) : inReaderScript(wording, lang);
  if (wording && !wordingInReaders && !has(translated['statusWording'])) {
    problems.push({ field: 'statusWording', message: `the authority's wording "${wording}" is in another language; give its meaning in this one` });
  }
  if (!wording && has(translated['statusWording'])) {
    problems.push({ field: 'statusWording', message: 'the English entry has no statusWording; remove it' });
  }
  if (wording && wordingInReaders && has(translated['statusWording'])) {
    problems.push({ field: 'statusWording', message: 'the authority already wrote in this language; show its own words and remove this field' });
  }
  keyedNotes(problems, lang, 'lotNotes', translated['lotNotes'], list(english['lots']), (l) => String(l['lot']), (l) => l['note'], 'lot');
  keyedNotes(problems, lang, 'aliasNotes', translated['aliasNotes'], list(english['aliases']), (a) => String(a['name']), (a) => a['note'], 'alias');
  keyedNotes(problems, lang, 'identifierLabels', translated['identifierLabels'], list(english['identifiers']), (i) => String(i['label']), (i) => i['label'], 'identifier label');
  return problems;
};

export const caseParity: Parity = (english, translated) => {
  const problems: ParityProblem[] = [];
  sameLength(problems, 'keyFacts', english['keyFacts'], translated['keyFacts'], 'key facts');
  sameLength(problems, 'timeline', english['timeline'], translated['timeline'], 'timeline entries');
  sameLength(problems, 'people', english['people'], translated['people'], 'people');
  sameLength(problems, 'changelog', english['changelog'], translated['changelog'], 'change-log entries');
  return problems;
};

/** Explainers and text pages: only their change logs are lists. */
export const changelogParity: Parity = (english, translated) => {
  const problems: ParityProblem[] = [];
  sameLength(problems, 'changelog', english['changelog'], translated['changelog'], 'change-log entries');
  for (const field of ['heading', 'navLabel'] as const) if (field in english || field in translated) optionalPair(problems, field, english[field], translated[field]);
  return problems;
};

export const sourceParity: Parity = (english, translated) => {
  const problems: ParityProblem[] = [];
  optionalPair(problems, 'note', english['note'], translated['note']);
  return problems;
};

export const authorityParity: Parity = (english, translated) => {
  const problems: ParityProblem[] = [];
  sameLength(problems, 'report', english['report'], translated['report'], 'report channels');
  list(english['report']).forEach((channel, i) => {
    optionalPair(problems, `report[${i}].detail`, (channel as Data)['detail'], (list(translated['report'])[i] as Data | undefined)?.['detail']);
  });
  return problems;
};

export const brandParity: Parity = (english, translated) => {
  const problems: ParityProblem[] = [];
  for (const field of ['names', 'approvals', 'genuine', 'changelog'] as const) sameLength(problems, field, english[field], translated[field], field);
  for (const field of ['names', 'approvals'] as const) {
    list(english[field]).forEach((item, i) => optionalPair(problems, `${field}[${i}].note`, (item as Data)['note'], (list(translated[field])[i] as Data | undefined)?.['note']));
  }
  return problems;
};

export const countryParity: Parity = (english, translated) => {
  const problems: ParityProblem[] = [];
  for (const field of ['checkProduct', 'checkInjector', 'report', 'searches', 'gaps', 'changelog'] as const) sameLength(problems, field, english[field], translated[field], field);
  list(english['searches']).forEach((item, i) => {
    const zh = list(translated['searches'])[i] as Data | undefined;
    optionalPair(problems, `searches[${i}].note`, (item as Data)['note'], zh?.['note']);
    optionalPair(problems, `searches[${i}].body`, (item as Data)['body'], zh?.['body']);
  });
  return problems;
};

/** A page's text is words too: an English body needs a translated body. */
export function bodyParity(englishBody: string | undefined, translatedBody: string | undefined): ParityProblem[] {
  return englishBody?.trim() && !translatedBody?.trim() ? [{ field: 'body', message: 'the English entry has a body; translate it' }] : [];
}
