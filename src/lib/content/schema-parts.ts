/**
 * Zod building blocks for the content schemas. Kept apart from
 * content.config.ts so that unit tests can exercise them without Astro.
 */
import { z } from 'astro/zod';
import {
  AUTHORITY_KINDS,
  COUNTRIES,
  LANGUAGES,
  PRODUCT_TYPES,
  SOURCE_KINDS,
  STATUS_WORDS,
  keysOf,
} from './vocabulary.ts';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * A date as a source published it: a year, a month or a day. YAML turns
 * `2017-11-22` into a Date and `2017` into a number, so both are normalised
 * back to the text the editor wrote.
 */
export const partialDate = z.preprocess(
  (value) => {
    if (value instanceof Date && !Number.isNaN(value.valueOf())) return value.toISOString().slice(0, 10);
    if (typeof value === 'number') return String(value);
    return value;
  },
  z.string().regex(PARTIAL_DATE, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** A full calendar date for our own editorial dates (published, reviewed). */
export const editorialDate = z.coerce.date({
  error: 'must be a date written YYYY-MM-DD',
});

/** Only web links: a `javascript:` or `data:` URL in content must never reach a page. */
export const webUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'must be a full http:// or https:// URL');

export const countryCode = z.enum(keysOf(COUNTRIES), {
  error: (issue) => `unknown country code ${JSON.stringify(issue.input)}; add it to COUNTRIES in src/lib/vocabulary.ts`,
});
export const languageCode = z.enum(keysOf(LANGUAGES));
export const productType = z.enum(keysOf(PRODUCT_TYPES));
export const statusWord = z.enum(keysOf(STATUS_WORDS));
export const sourceKind = z.enum(keysOf(SOURCE_KINDS));
export const authorityKind = z.enum(keysOf(AUTHORITY_KINDS));

const nonEmpty = z.string().trim().min(1, 'must not be empty');
export const text = nonEmpty;

/** A visible record of each change to a page; corrections are never silent. */
export const changelog = z
  .array(
    z.object({
      date: editorialDate,
      change: nonEmpty,
      correction: z.boolean().default(false),
    }),
  )
  .default([]);

export const lot = z.object({
  lot: nonEmpty,
  /** Expiry exactly as the authority printed it (formats differ by country). */
  expiry: z.string().trim().optional(),
  note: z.string().trim().optional(),
});

export const alias = z.object({
  name: nonEmpty,
  lang: languageCode,
  note: z.string().trim().optional(),
});

/**
 * What a reader should know about who is speaking in a quotation: the
 * authority itself, or an outlet that reported what the authority did.
 */
export const QUOTE_SPEAKERS = ['authority', 'reporter'] as const;

/**
 * Words copied verbatim from a source, in their own language and script,
 * with a faithful English rendering. `source` is checked against the
 * record's sources by the integrity check.
 */
export const quotationParts = {
  text: nonEmpty,
  lang: languageCode,
  /** Our faithful English rendering; required unless the words are English. */
  translation: z.string().trim().min(1).optional(),
  speaker: z.enum(QUOTE_SPEAKERS).default('authority'),
};

export const reportChannel = z.object({
  label: nonEmpty,
  url: webUrl.optional(),
  detail: z.string().trim().optional(),
});

/** Shared editorial dates for every published page. */
export const pageDates = {
  published: editorialDate,
  updated: editorialDate.optional(),
  changelog,
};
