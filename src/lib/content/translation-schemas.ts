/**
 * Schemas for translated entries (content/zh/…). A translation carries only
 * words: every fact a reader could compare between languages (lots, dates,
 * URLs, countries, references, statuses, numbers of sources) stays in the
 * English entry with the same id, and the page merges the two. The schemas are
 * strict, so a translator who copies a fact field into a translation gets a
 * build error naming it instead of a second copy that could drift.
 */
import { z } from 'astro/zod';

const words = z.string().trim().min(1, 'must not be empty');

/** Notes keyed by what they describe (a lot number, an alias, a label). */
const wordsByKey = z.record(z.string(), words);

const changelog = z
  .array(z.strictObject({ change: words }))
  .default([]);

export const productTranslation = z.strictObject({
  /** Only when the English title is our description rather than the name as printed on the pack. */
  title: words.optional(),
  /** The authority's words in Chinese, when its own wording is in another language. */
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
  /** Same number and order as the English `authorityWords`: the Chinese rendering of each quotation (left out for one already in Chinese). */
  authorityWords: z.array(z.strictObject({ translation: words.optional() })).default([]),
  /** Keyed by the lot number exactly as in the English entry. */
  lotNotes: wordsByKey.default({}),
  /** Keyed by the alias name exactly as in the English entry. */
  aliasNotes: wordsByKey.default({}),
  /** Keyed by the English identifier label. */
  identifierLabels: wordsByKey.default({}),
  changelog,
});

export const caseTranslation = z.strictObject({
  title: words,
  summary: words.max(200, 'keep the Chinese summary under 200 characters'),
  place: words,
  /** Same number and order as the English key facts; sources come from the English entry. */
  keyFacts: z.array(z.strictObject({ label: words, value: words })),
  timeline: z.array(z.strictObject({ when: words, event: words })).default([]),
  /** Same number and order as the English people; `name` only where the English entry has no nameLocal. */
  people: z.array(z.strictObject({ role: words, name: words.optional() })).default([]),
  changelog,
});

export const riskTranslation = z.strictObject({
  title: words,
  summary: words.max(200, 'keep the Chinese summary under 200 characters'),
  changelog,
});

export const sourceTranslation = z.strictObject({
  /** Our Chinese rendering of a title in another language; the original title is always shown too. */
  title: words.optional(),
  publisher: words.optional(),
  note: words.optional(),
});

export const authorityTranslation = z.strictObject({
  name: words,
  /** Same number and order as the English report channels. */
  report: z.array(z.strictObject({ label: words, detail: words.optional() })).default([]),
});

export type ProductTranslation = z.infer<typeof productTranslation>;
export type CaseTranslation = z.infer<typeof caseTranslation>;
export type RiskTranslation = z.infer<typeof riskTranslation>;
export type SourceTranslation = z.infer<typeof sourceTranslation>;
export type AuthorityTranslation = z.infer<typeof authorityTranslation>;
