/**
 * The one registry of content collections. Everything that treats
 * collections alike loops over it: the Astro content config, loading and the
 * integrity check (load.ts, integrity.ts), the translators' checker, the
 * citation plugin and the exports. Adding a collection starts here
 * (docs/architecture.md).
 */
import { z } from 'astro/zod';
import type { Lang } from '../../i18n/languages.ts';
import { paths } from '../routing/paths.ts';
import {
  SCHEMAS,
  type EntryRef,
  type RefFn,
  type RefTarget,
} from './schemas.ts';
import {
  authorityTranslation,
  brandTranslation,
  countryTranslation,
  caseTranslation,
  pageTranslation,
  productTranslation,
  riskTranslation,
  sourceTranslation,
} from './translation-schemas.ts';
import {
  authorityParity,
  brandParity,
  countryParity,
  caseParity,
  changelogParity,
  productParity,
  sourceParity,
  type Parity,
} from './translation-parity.ts';
import { localiseAuthority, localiseBrand, localiseCase, localiseCountry, localisePage, localiseProduct, localiseRisk, localiseSource } from './localise.ts';

export interface CollectionDefinition {
  /** Folder under content/ (and under content/<lang>/ for translations). */
  dir: string;
  /** File types the folder holds. */
  pattern: string;
  /** 'page': each entry is a page with a Markdown body; 'data': entries other pages show. */
  kind: 'page' | 'data';
  schema: (ref: RefFn) => z.ZodType;
  translation: {
    schema: (lang: Lang) => z.ZodType;
    parity: Parity;
    /** Merges a translation's words over the default-language entry's data. */
    localise: (english: never, translated: never, lang: Lang) => unknown;
  };
  /**
   * Whether every source a fact on the page cites must be in its numbered
   * `sources` list (authorities list theirs only to back their report channels).
   */
  citesFromSourceList: boolean;
  /** The entry's own page, if it has one. */
  path?: (id: string) => string;
}

const MARKDOWN = '**/*.{md,mdx}';
const YAML = '**/*.{yaml,yml}';

export const COLLECTIONS = {
  sources: {
    dir: 'sources',
    pattern: YAML,
    kind: 'data',
    schema: SCHEMAS.sources,
    translation: { schema: () => sourceTranslation, parity: sourceParity, localise: localiseSource },
    citesFromSourceList: false,
  },
  authorities: {
    dir: 'authorities',
    pattern: YAML,
    kind: 'data',
    schema: SCHEMAS.authorities,
    translation: { schema: () => authorityTranslation, parity: authorityParity, localise: localiseAuthority },
    citesFromSourceList: false,
  },
  products: {
    dir: 'products',
    pattern: MARKDOWN,
    kind: 'page',
    schema: SCHEMAS.products,
    translation: { schema: () => productTranslation, parity: productParity, localise: localiseProduct },
    citesFromSourceList: true,
    path: paths.product,
  },
  cases: {
    dir: 'cases',
    pattern: MARKDOWN,
    kind: 'page',
    schema: SCHEMAS.cases,
    translation: { schema: caseTranslation, parity: caseParity, localise: localiseCase },
    citesFromSourceList: true,
    path: paths.case,
  },
  risks: {
    dir: 'risks',
    pattern: MARKDOWN,
    kind: 'page',
    schema: SCHEMAS.risks,
    translation: { schema: riskTranslation, parity: changelogParity, localise: localiseRisk },
    citesFromSourceList: true,
    path: paths.risk,
  },
  brands: {
    dir: 'brands',
    pattern: YAML,
    kind: 'data',
    schema: SCHEMAS.brands,
    translation: { schema: () => brandTranslation, parity: brandParity, localise: localiseBrand },
    citesFromSourceList: true,
    path: (id: string) => paths.brand(id),
  },
  countries: {
    dir: 'countries',
    pattern: YAML,
    kind: 'data',
    schema: SCHEMAS.countries,
    translation: { schema: () => countryTranslation, parity: countryParity, localise: localiseCountry },
    citesFromSourceList: true,
    path: (id: string) => paths.country(id),
  },
  pages: {
    dir: 'pages',
    pattern: MARKDOWN,
    kind: 'page',
    schema: SCHEMAS.pages,
    translation: { schema: pageTranslation, parity: changelogParity, localise: localisePage },
    citesFromSourceList: true,
    path: (id: string) => `/${id}/`,
  },
} as const satisfies Record<RefTarget, CollectionDefinition>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
/** Collections whose entries are pages with a Markdown body (and so citations). */
export const PAGE_COLLECTIONS = COLLECTION_NAMES.filter((name) => COLLECTIONS[name].kind === 'page');

/** Astro's name for the collection of a collection's translations: "productsTranslations". */
export const translationCollection = <N extends CollectionName>(name: N) => `${name}Translations` as const;

/**
 * A reference outside Astro (unit tests, the translators' checker): the same
 * output as Astro's `reference()`, and marked so that the integrity check can
 * find every reference a schema holds.
 */
const REFERENCES = new WeakMap<object, RefTarget>();
export const plainRef: RefFn = <C extends RefTarget>(collection: C) => {
  const schema = z.string().transform((id): EntryRef<C> => ({ id, collection }));
  REFERENCES.set(schema, collection);
  return schema as unknown as z.ZodType<EntryRef<C>>;
};

/** The schemas as the unit tests and checkers use them, references as plain ids. */
export const plainSchemas = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, SCHEMAS[name](plainRef)])) as {
  [N in CollectionName]: ReturnType<(typeof SCHEMAS)[N]>;
};

export type { EntryData } from './schemas.ts';

/** A field that holds references, as a path: ['alert', 'source'] or ['keyFacts', '*', 'sources', '*']. */
export interface ReferencePath {
  path: (string | '*')[];
  collection: RefTarget;
}

type Def = { type: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown; in?: unknown; out?: unknown; options?: unknown[] };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Every reference a schema holds, found by walking it once. */
export function referencePaths(schema: unknown, prefix: (string | '*')[] = []): ReferencePath[] {
  const marked = REFERENCES.get(schema as object);
  if (marked) return [{ path: prefix, collection: marked }];
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, value]) => referencePaths(value, [...prefix, key]));
    case 'array':
      return referencePaths(def.element, [...prefix, '*']);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return referencePaths(def.innerType, prefix);
    case 'pipe':
      return [...referencePaths(def.in, prefix), ...referencePaths(def.out, prefix)];
    case 'union':
      return (def.options ?? []).flatMap((option) => referencePaths(option, prefix));
    default:
      return [];
  }
}

/** Each collection's reference fields, computed once from its schema. */
export const REFERENCE_PATHS = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, referencePaths(plainSchemas[name])])) as Record<CollectionName, ReferencePath[]>;
