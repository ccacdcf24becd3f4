/**
 * The content collections, made from the registry in
 * src/lib/content/collections.ts: one collection per kind of entry, and one
 * per kind of translation, which holds every language's files
 * (content/<lang>/<collection>/…, ids such as "zh/products/x").
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './lib/content/collections.ts';
import { SCHEMAS } from './lib/content/schemas.ts';
import type { RefFn } from './lib/content/schemas.ts';
import { TRANSLATED_LANGS } from './i18n/languages.ts';
import { z } from 'astro/zod';

const ref = reference as unknown as RefFn;

/** The default-language files of a collection. */
const files = (name: CollectionName) => glob({ base: `./content/${COLLECTIONS[name].dir}`, pattern: COLLECTIONS[name].pattern });

/** A language's files are checked against that language's schema in load.ts; here they need only be words. */
function translations(name: CollectionName) {
  const c = COLLECTIONS[name];
  const langs = TRANSLATED_LANGS.length > 0 ? TRANSLATED_LANGS.join('|') : '__none__';
  return defineCollection({
    loader: glob({ base: './content', pattern: `+(${langs})/${c.dir}/${c.pattern}` }),
    schema: z.record(z.string(), z.unknown()),
  });
}

export const collections = {
  sources: defineCollection({ loader: files('sources'), schema: SCHEMAS.sources(ref) }),
  authorities: defineCollection({ loader: files('authorities'), schema: SCHEMAS.authorities(ref) }),
  products: defineCollection({ loader: files('products'), schema: SCHEMAS.products(ref) }),
  cases: defineCollection({ loader: files('cases'), schema: SCHEMAS.cases(ref) }),
  risks: defineCollection({ loader: files('risks'), schema: SCHEMAS.risks(ref) }),
  pages: defineCollection({ loader: files('pages'), schema: SCHEMAS.pages(ref) }),
  brands: defineCollection({ loader: files('brands'), schema: SCHEMAS.brands(ref) }),
  countries: defineCollection({ loader: files('countries'), schema: SCHEMAS.countries(ref) }),
  sourcesTranslations: translations('sources'),
  authoritiesTranslations: translations('authorities'),
  productsTranslations: translations('products'),
  casesTranslations: translations('cases'),
  risksTranslations: translations('risks'),
  pagesTranslations: translations('pages'),
  brandsTranslations: translations('brands'),
  countriesTranslations: translations('countries'),
};
