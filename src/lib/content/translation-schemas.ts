/**
 * Schemas for translated entries (content/<lang>/<collection>/…). A
 * translation carries only words: every fact a reader could compare between
 * languages (lots, dates, URLs, countries, references, statuses, numbers of
 * sources) stays in the default-language entry with the same id, and the page
 * merges the two. The schemas are strict, so a translator who copies a fact
 * field into a translation gets a build error naming it instead of a second
 * copy that could drift.
 */
import { z } from 'astro/zod';
import { edition, type Lang } from '../../i18n/languages.ts';

const text = z.string().trim().min(1, 'must not be empty');
/** A bare date such as 2024-04-16, which YAML reads as a date, is kept as the text it was. */
const asText = (value: unknown) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value);
const words = z.preprocess(asText, text);

/** Notes keyed by what they describe (a lot number, an alias, a label). */
const wordsByKey = z.record(z.string(), words);

const changelog = z.array(z.strictObject({ change: words })).default([]);

const summary = (lang: Lang) => {
  const max = edition(lang).summaryMax;
  return z.preprocess(asText, text.max(max, `keep the summary under ${max} characters`));
};

export const productTranslation = z.strictObject({
  /** Only when the English title is our description rather than the name as printed on the pack. */
  title: words.optional(),
  /** The meaning of the authority's word in this language, when its own wording is in another. */
  statusWording: words.optional(),
  alertTitle: words,
  /** Only where the English adds words in brackets, e.g. "Allergan (imitated)". */
  claimedMaker: words.optional(),
  strength: words.optional(),
  recognisedBy: words.optional(),
  whereFound: words,
  harm: words.optional(),
  /** Same number and order as the English `tells`. */
  tells: z.array(words).default([]),
  /** Same number and order as the English `authorityWords`: this language's rendering of each quotation (left out for one already in it). */
  authorityWords: z.array(z.strictObject({ translation: words.optional() })).default([]),
  /** Keyed by the lot number exactly as in the English entry. */
  lotNotes: wordsByKey.default({}),
  /** Keyed by the alias name exactly as in the English entry. */
  aliasNotes: wordsByKey.default({}),
  /** Keyed by the English identifier label. */
  identifierLabels: wordsByKey.default({}),
  changelog,
});

export const caseTranslation = (lang: Lang) =>
  z.strictObject({
    title: words,
    summary: summary(lang),
    place: words,
    /** Same number and order as the English key facts; sources come from the English entry. */
    keyFacts: z.array(z.strictObject({ label: words, value: words })),
    timeline: z.array(z.strictObject({ when: words, event: words })).default([]),
    /** Same number and order as the English people; `name` only where the English entry has no nameLocal. */
    people: z.array(z.strictObject({ role: words, name: words.optional() })).default([]),
    changelog,
  });

export const riskTranslation = (lang: Lang) => z.strictObject({ title: words, summary: summary(lang), changelog });

export const pageTranslation = (lang: Lang) =>
  z.strictObject({ title: words, heading: words.optional(), navLabel: words.optional(), summary: summary(lang), changelog });

export const sourceTranslation = z.strictObject({
  /** Our rendering of a title in another language; the original title is always shown too. */
  title: words.optional(),
  publisher: words.optional(),
  note: words.optional(),
});

export const authorityTranslation = z.strictObject({
  name: words,
  /** Same number and order as the English report channels. */
  report: z.array(z.strictObject({ label: words, detail: words.optional() })).default([]),
});

export const brandTranslation = z.strictObject({
  /** The maker's name in this language, when it has a usual one. */
  maker: z.strictObject({ name: words.optional() }).optional(),
  /** Same number and order as the English names: a note where the English name has one. */
  names: z.array(z.strictObject({ note: words.optional() })).default([]),
  approvals: z.array(z.strictObject({ note: words.optional() })).default([]),
  genuine: z.array(z.strictObject({ text: words })).default([]),
  changelog,
});

const guidance = z.array(z.strictObject({ text: words })).default([]);
export const countryTranslation = z.strictObject({
  checkProduct: guidance,
  checkInjector: guidance,
  report: guidance,
  /** Same number and order as the English searches. */
  searches: z.array(z.strictObject({ scope: words, body: words.optional(), note: words.optional() })).default([]),
  gaps: z.array(words).default([]),
  changelog,
});

export type ProductTranslation = z.infer<typeof productTranslation>;
export type CaseTranslation = z.infer<ReturnType<typeof caseTranslation>>;
export type RiskTranslation = z.infer<ReturnType<typeof riskTranslation>>;
export type PageTranslation = z.infer<ReturnType<typeof pageTranslation>>;
export type SourceTranslation = z.infer<typeof sourceTranslation>;
export type AuthorityTranslation = z.infer<typeof authorityTranslation>;
export type BrandTranslation = z.infer<typeof brandTranslation>;
export type CountryTranslation = z.infer<typeof countryTranslation>;
