/**
 * What a translation must cover: every piece of English wording on a page has
 * its translated counterpart, lists line up one to one, and keyed notes name
 * only lots, aliases and labels that exist in the English entry. Pure
 * functions over plain data, shared by the build (integrity) and the
 * translators' checker (scripts/check-translations.ts).
 */

export interface ParityProblem {
  field: string;
  message: string;
}

type Data = Record<string, unknown>;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const has = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0;
const HAN = /\p{Script=Han}/u;

/** Whether text already reads in Chinese (so it needs no Chinese rendering). */
export const isChinese = (text: string): boolean => HAN.test(text);

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
    if (has(text) && !isChinese(String(text)) && !has(notes[key])) {
      problems.push({ field: `${field}.${key}`, message: `the English ${what} "${key}" has a note; translate it` });
    }
  }
}

export function productParity(english: Data, zh: Data): ParityProblem[] {
  const problems: ParityProblem[] = [];
  for (const field of ['recognisedBy', 'harm'] as const) optionalPair(problems, field, english[field], zh[field]);
  for (const field of ['claimedMaker', 'strength'] as const) {
    // Names and units stay as printed; only bracketed explanations are words to translate.
    const value = english[field];
    if (typeof value === 'string' && value.includes('(') && !isChinese(value.replace(/\([^)]*\p{Script=Hangul}[^)]*\)/gu, '')) && !has(zh[field])) {
      problems.push({ field, message: `"${value}" has an explanation in brackets; translate it` });
    }
    if (!has(value) && has(zh[field])) problems.push({ field, message: 'the English entry has no such field; remove it' });
  }
  sameLength(problems, 'tells', english['tells'], zh['tells'], 'packaging tells');
  sameLength(problems, 'changelog', english['changelog'], zh['changelog'], 'change-log entries');
  sameLength(problems, 'authorityWords', english['authorityWords'], zh['authorityWords'], 'quotations');
  list(english['authorityWords']).forEach((quote, i) => {
    const inChinese = String((quote as Data)['lang'] ?? '').startsWith('zh');
    const translated = has((list(zh['authorityWords'])[i] as Data | undefined)?.['translation']);
    if (!inChinese && !translated) problems.push({ field: `authorityWords[${i}].translation`, message: 'this quotation is not in Chinese; give a faithful Chinese rendering' });
    if (inChinese && translated) problems.push({ field: `authorityWords[${i}].translation`, message: 'this quotation is already in Chinese; remove the rendering' });
  });
  const wording = String(english['statusWording'] ?? '');
  if (wording && !isChinese(wording) && !has(zh['statusWording'])) {
    problems.push({ field: 'statusWording', message: `the authority's wording "${wording}" is not in Chinese; give its meaning in Chinese` });
  }
  if (!wording && has(zh['statusWording'])) {
    problems.push({ field: 'statusWording', message: 'the English entry has no statusWording; remove it' });
  }
  if (isChinese(wording) && has(zh['statusWording'])) {
    problems.push({ field: 'statusWording', message: 'the authority already wrote in Chinese; show its own words and remove this field' });
  }
  keyedNotes(problems, 'lotNotes', zh['lotNotes'], list(english['lots']), (l) => String(l['lot']), (l) => l['note'], 'lot');
  keyedNotes(problems, 'aliasNotes', zh['aliasNotes'], list(english['aliases']), (a) => String(a['name']), (a) => a['note'], 'alias');
  keyedNotes(problems, 'identifierLabels', zh['identifierLabels'], list(english['identifiers']), (i) => String(i['label']), (i) => i['label'], 'identifier label');
  return problems;
}

export function caseParity(english: Data, zh: Data): ParityProblem[] {
  const problems: ParityProblem[] = [];
  sameLength(problems, 'keyFacts', english['keyFacts'], zh['keyFacts'], 'key facts');
  sameLength(problems, 'timeline', english['timeline'], zh['timeline'], 'timeline entries');
  sameLength(problems, 'people', english['people'], zh['people'], 'people');
  sameLength(problems, 'changelog', english['changelog'], zh['changelog'], 'change-log entries');
  return problems;
}

export function riskParity(english: Data, zh: Data): ParityProblem[] {
  const problems: ParityProblem[] = [];
  sameLength(problems, 'changelog', english['changelog'], zh['changelog'], 'change-log entries');
  return problems;
}

export function sourceParity(english: Data, zh: Data): ParityProblem[] {
  const problems: ParityProblem[] = [];
  optionalPair(problems, 'note', english['note'], zh['note']);
  return problems;
}

export function authorityParity(english: Data, zh: Data): ParityProblem[] {
  const problems: ParityProblem[] = [];
  sameLength(problems, 'report', english['report'], zh['report'], 'report channels');
  list(english['report']).forEach((channel, i) => {
    optionalPair(problems, `report[${i}].detail`, (channel as Data)['detail'], (list(zh['report'])[i] as Data | undefined)?.['detail']);
  });
  return problems;
}

/** A page's text is words too: an English body needs a translated body. */
export function bodyParity(englishBody: string | undefined, zhBody: string | undefined): ParityProblem[] {
  return englishBody?.trim() && !zhBody?.trim() ? [{ field: 'body', message: 'the English entry has a body; translate it' }] : [];
}

export const PARITY = {
  products: productParity,
  cases: caseParity,
  risks: riskParity,
  sources: sourceParity,
  authorities: authorityParity,
} as const;

export type TranslatedCollection = keyof typeof PARITY;
