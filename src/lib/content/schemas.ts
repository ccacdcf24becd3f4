/**
 * The shape and rules of every content entry, as zod schemas. Each schema is
 * built by a function that is given `ref`, the way to point at another
 * collection: Astro's `reference()` in the build (src/content.config.ts), a
 * plain stand-in in the unit tests and the translators' checker. Everything a
 * reviewer would otherwise have to remember is a rule here.
 */
import { z } from 'astro/zod';
import {
  alias,
  authorityKind,
  countryCode,
  editorialDate,
  languageCode,
  lot,
  pageDates,
  partialDate,
  productType,
  quotationParts,
  reportChannel,
  sourceKind,
  statusWord,
  text,
  webUrl,
} from './schema-parts.ts';
import { STATUS_WORDS } from './vocabulary.ts';

/** Collections another entry can point at. */
export type RefTarget = 'sources' | 'authorities' | 'products' | 'cases' | 'risks' | 'pages' | 'brands' | 'countries';
/** What a reference holds once parsed: Astro's shape, so both builds of a schema agree. */
export interface EntryRef<C extends RefTarget = RefTarget> {
  id: string;
  collection: C;
}
/** Makes the schema of a reference to an entry of `collection`. */
export type RefFn = <C extends RefTarget>(collection: C) => z.ZodType<EntryRef<C>>;

export const sourceSchema = (_ref: RefFn) =>
  z.object({
    title: text,
    /** Our English rendering of a title in another language. */
    titleEnglish: text.optional(),
    publisher: text,
    author: text.optional(),
    /** Absent when the copy we consulted shows no date. */
    published: partialDate.optional(),
    /** Absent when no URL is known (e.g. a print edition). */
    url: webUrl.optional(),
    /** The original page when `url` is a reprint or mirror. */
    originalUrl: webUrl.optional(),
    kind: sourceKind,
    language: languageCode,
    /** What a reader should know before relying on it. */
    note: text.optional(),
  });

export const authoritySchema = (ref: RefFn) =>
  z.object({
    name: text,
    /** The name in the authority's own language and script. */
    nameLocal: text.optional(),
    /** The language of nameLocal (BCP 47), so that it is read aloud in that language. */
    nameLocalLang: languageCode.optional(),
    abbreviation: text.optional(),
    kind: authorityKind,
    country: countryCode,
    website: webUrl.optional(),
    /** How a member of the public reports to this authority, as its sources say. */
    report: z.array(reportChannel).default([]),
    sources: z.array(ref('sources')).default([]),
  })
  .refine((data) => !data.nameLocal || data.nameLocalLang, { path: ['nameLocalLang'], message: 'give the language of nameLocal (BCP 47), e.g. zh-Hans' });

export const productSchema = (ref: RefFn) =>
  z
    .object({
      /** The name exactly as on the packaging (or as the authority described it). */
      title: text,
      /** The brand the product claims to be (a brands entry), only where the source names it. */
      brand: ref('brands').optional(),
      /** Other names people may type: the brand in other scripts, generic names. */
      aliases: z.array(alias).default([]),
      /** Absent = the authority did not publish it. */
      claimedMaker: text.optional(),
      type: productType,
      strength: text.optional(),
      lots: z.array(lot).default([]),
      /** Other identifiers printed on the pack: serial numbers, GTINs, registration numbers. */
      identifiers: z.array(z.object({ label: text, value: text })).default([]),
      /** Packaging tells: what differs from the genuine product. */
      tells: z.array(text).default([]),
      recognisedBy: text.optional(),
      whereFound: text,
      countries: z.array(countryCode).min(1, 'name at least one country where it was found'),
      authority: ref('authorities'),
      alert: z.object({
        title: text,
        /** The authority's own reference number, e.g. "EL(22)A/36". */
        id: text.optional(),
        date: partialDate.optional(),
        url: webUrl.optional(),
        /** The source through which we know the alert (may be a news report of it). */
        source: ref('sources'),
      }),
      status: statusWord,
      /**
       * The authority's own word for the status, exactly as it appears in one
       * of the `authorityWords` quotations. Leave out when no source shows it.
       */
      statusWording: text.optional(),
      /** The authority's words (or a reporter's, as marked), verbatim, with their source. */
      authorityWords: z.array(z.object({ ...quotationParts, source: ref('sources') })).default([]),
      /** Where the product is unapproved: required for the "unapproved" family. */
      statusCountry: countryCode.optional(),
      harm: text.optional(),
      cases: z.array(ref('cases')).default([]),
      sources: z.array(ref('sources')).min(1, 'a record needs at least one source'),
      ...pageDates,
    })
    .superRefine((data, ctx) => {
      data.authorityWords.forEach((quote, i) => {
        if (!quote.lang.startsWith('en') && !quote.translation) {
          ctx.addIssue({ code: 'custom', path: ['authorityWords', i, 'translation'], message: `a quotation in "${quote.lang}" needs its English translation` });
        }
      });
      if (STATUS_WORDS[data.status].family === 'unapproved' && !data.statusCountry) {
        ctx.addIssue({
          code: 'custom',
          path: ['statusCountry'],
          message: `status "${data.status}" needs statusCountry: the country where the product is not approved`,
        });
      }
    });

export const caseSchema = (ref: RefFn) =>
  z.object({
    title: text,
    /** One or two plain sentences; shown in lists, search results and link previews. */
    summary: text.max(320, 'keep the summary under 320 characters'),
    /** Short names the sources or the press use for the case ("the Donghai case", 东海特大微整形假药案), in any script: search finds the case by them. */
    names: z.array(z.object({ name: text, lang: languageCode })).default([]),
    countries: z.array(countryCode).min(1),
    place: text,
    /** When the conduct took place, as far as sources say. */
    period: z.object({ start: partialDate, end: partialDate.optional() }),
    productTypes: z.array(productType).min(1),
    authorities: z.array(ref('authorities')).default([]),
    keyFacts: z
      .array(z.object({ label: text, value: text, sources: z.array(ref('sources')).min(1, 'every key fact needs a source') }))
      .min(1),
    timeline: z
      .array(
        z.object({
          /** As reported: "Early 2016", "2017-01-16". */
          when: text,
          event: text,
          sources: z.array(ref('sources')).min(1, 'every timeline entry needs a source'),
        }),
      )
      .default([]),
    people: z
      .array(
        z.object({
          name: text,
          nameLocal: text.optional(),
          /** Whether police or press used this name as a pseudonym. */
          pseudonym: z.enum(['yes', 'no', 'unconfirmed']),
          role: text,
          sources: z.array(ref('sources')).min(1),
        }),
      )
      .default([]),
    products: z.array(ref('products')).default([]),
    sources: z.array(ref('sources')).min(1, 'a case needs at least one source'),
    ...pageDates,
  });

export const riskSchema = (ref: RefFn) =>
  z
    .object({
      title: text,
      summary: text.max(320, 'keep the summary under 320 characters'),
      /** Position in the list of explainers. */
      order: z.number().int().default(100),
      lastReviewed: editorialDate,
      nextReview: editorialDate,
      sources: z.array(ref('sources')).min(1, 'an explainer needs at least one source'),
      ...pageDates,
    })
    .superRefine((data, ctx) => {
      if (data.nextReview <= data.lastReviewed) {
        ctx.addIssue({ code: 'custom', path: ['nextReview'], message: 'nextReview must be after lastReviewed' });
      }
    });

/** The site’s own text pages (About, How the register works), at /<id>/. */
export const pageSchema = (ref: RefFn) =>
  z.object({
    /** The page's title in the browser tab and in links. */
    title: text,
    /** The heading on the page, when it differs from the title. */
    heading: text.optional(),
    /** The short name in breadcrumbs, when it differs from the title. */
    navLabel: text.optional(),
    summary: text.max(320, 'keep the summary under 320 characters'),
    sources: z.array(ref('sources')).default([]),
    ...pageDates,
  });

/** A fact with the sources that support it. */
const sourced = (ref: RefFn) => ({ sources: z.array(ref('sources')).min(1, 'every fact needs a source') });

/**
 * A brand that records claim to be: who makes the genuine product, its names
 * in other markets and scripts, where it is approved and what genuine packs
 * hold, each only where a source says so. Records point at it by id, so
 * "Botox" and "BOTOX®" cannot become two brands.
 */
export const brandSchema = (ref: RefFn) =>
  z.object({
    /** The brand as its maker writes it, without ® or ™. */
    name: text,
    type: productType,
    /** Who makes the genuine product. */
    maker: z.object({ name: text, ...sourced(ref) }).optional(),
    /** The brand's names in other markets and scripts: only where a source gives them. */
    names: z.array(z.object({ name: text, lang: languageCode, note: text.optional(), ...sourced(ref) })).default([]),
    /** Where a source says the genuine product is approved. */
    approvals: z.array(z.object({ country: countryCode, authority: ref('authorities').optional(), note: text.optional(), ...sourced(ref) })).default([]),
    /** Genuine strengths and presentations, where a source describes them. */
    genuine: z.array(z.object({ text, ...sourced(ref) })).default([]),
    sources: z.array(ref('sources')).default([]),
    ...pageDates,
  });

/**
 * What the site knows of one country beyond its records: how a reader there
 * can check a product and an injector and report a fake or a bad reaction
 * (only where a source says so), and what was searched for there and not
 * found, for the coverage ledger. The file name is the ISO code, lowercase.
 */
export const countrySchema = (ref: RefFn) =>
  z.object({
    country: countryCode,
    checkProduct: z.array(z.object({ text, url: webUrl.optional(), ...sourced(ref) })).default([]),
    checkInjector: z.array(z.object({ text, url: webUrl.optional(), ...sourced(ref) })).default([]),
    report: z.array(z.object({ text, url: webUrl.optional(), ...sourced(ref) })).default([]),
    /** Authorities and lists searched for alerts on fake or illegal injectables that gave nothing usable. */
    searches: z
      .array(
        z
          .object({
            authority: ref('authorities').optional(),
            /** The body searched, when it has no authority file. */
            body: text.optional(),
            /** What was searched for. */
            scope: text,
            found: z.enum(['nothing', 'partly']),
            note: text.optional(),
          })
          .refine((s) => s.authority || s.body, { message: 'name the authority (an id) or the body searched' }),
      )
      .default([]),
    /** Known gaps in what the register holds for this country. */
    gaps: z.array(text).default([]),
    sources: z.array(ref('sources')).default([]),
    ...pageDates,
  });

/** Every collection's schema, by collection name. */
export const SCHEMAS = {
  sources: sourceSchema,
  authorities: authoritySchema,
  products: productSchema,
  cases: caseSchema,
  risks: riskSchema,
  pages: pageSchema,
  brands: brandSchema,
  countries: countrySchema,
} as const satisfies Record<RefTarget, (ref: RefFn) => z.ZodType>;

/** An entry's data, as its schema gives it: the one place an entry's type is written. */
export type EntryData<N extends RefTarget> = z.output<ReturnType<(typeof SCHEMAS)[N]>>;
