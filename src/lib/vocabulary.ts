/**
 * Closed vocabularies shared by the content schemas, the pages and the tests.
 * Adding a value here is a deliberate editorial decision: each one needs a
 * label and a meaning that the methodology note can show to readers.
 */

export const PRODUCT_TYPES = {
  'botulinum-toxin': 'Botulinum toxin',
  'hyaluronic-acid-filler': 'Hyaluronic-acid filler',
  'other-filler': 'Other dermal filler',
  'other-injectable': 'Other injectable',
} as const;
export type ProductType = keyof typeof PRODUCT_TYPES;

/**
 * The status a named authority gave a product. Families keep the public
 * distinction the brief insists on: a copy is not the same thing as a genuine
 * product sold where it is not licensed.
 */
export const STATUS_WORDS = {
  counterfeit: {
    label: 'Counterfeit',
    family: 'fake',
    meaning:
      'The authority said the product pretends to be a brand or maker it is not (usually after the genuine maker checked it).',
  },
  falsified: {
    label: 'Falsified',
    family: 'fake',
    meaning:
      'The authority said the product, its batch number or its packaging misrepresents its identity or source. "Falsified" is the word the WHO and European regulators use.',
  },
  fake: {
    label: 'Fake',
    family: 'fake',
    meaning: 'The authority called the product fake without a more exact term.',
  },
  fraudulent: {
    label: 'Fraudulent',
    family: 'fake',
    meaning:
      'The authority called the product fraudulent: for example a counterfeit carton around a vial that is not approved.',
  },
  'treated-as-counterfeit': {
    label: 'Treated as a counterfeit drug',
    family: 'fake',
    meaning:
      'Under mainland China\'s Drug Administration Law until 1 December 2019, a drug imported without approval was treated in law as a counterfeit drug (按假药论处), whether or not it copied a real brand. The revised law no longer counts such imports as counterfeit drugs.',
  },
  unapproved: {
    label: 'Unapproved',
    family: 'unapproved',
    meaning:
      'The authority said the product is not approved in a named country. It may be a genuine product made for another market; that alone does not make it a copy.',
  },
  unauthorised: {
    label: 'Unauthorised',
    family: 'unapproved',
    meaning: 'The authority said the product is not authorised for sale in a named country.',
  },
  unlicensed: {
    label: 'Unlicensed',
    family: 'unapproved',
    meaning: 'The authority said the product has no licence in a named country.',
  },
  unregistered: {
    label: 'Unregistered',
    family: 'unapproved',
    meaning: 'The authority said the product is not registered in a named country.',
  },
  irregular: {
    label: 'Irregular',
    family: 'irregular',
    meaning:
      'The authority said the lot is not sold by the legitimate local importer or lacks local registration, and warned people not to use it.',
  },
} as const;
export type StatusWord = keyof typeof STATUS_WORDS;
export type StatusFamily = (typeof STATUS_WORDS)[StatusWord]['family'];

export const STATUS_FAMILIES: Record<StatusFamily, string> = {
  fake: 'Counterfeit, falsified or fake',
  unapproved: 'Unapproved where found',
  irregular: 'Irregular',
};

/** How much weight a source carries; shown beside every source on a page. */
export const SOURCE_KINDS = {
  regulator: {
    label: 'Regulator',
    meaning: "A regulator's or public-health agency's own page.",
  },
  'peer-reviewed': {
    label: 'Peer-reviewed',
    meaning: 'A paper in a peer-reviewed journal.',
  },
  news: {
    label: 'News',
    meaning: 'An established news outlet or trade publication reporting what an authority said.',
  },
  're-post': {
    label: 'Re-post',
    meaning:
      'A copy of someone else’s report on another site (an aggregator, forum or mirror). Used only for details that match better sources.',
  },
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;

export const AUTHORITY_KINDS = {
  regulator: 'Medicines regulator',
  'public-health': 'Public-health agency',
  police: 'Police',
  customs: 'Customs and border agency',
  'market-regulator': 'Market regulator',
  international: 'International organisation',
} as const;
export type AuthorityKind = keyof typeof AUTHORITY_KINDS;

/** ISO 3166-1 alpha-2 codes, plus "INT" for international bodies such as the WHO. */
export const COUNTRIES = {
  INT: 'International',
  AU: 'Australia',
  BR: 'Brazil',
  CA: 'Canada',
  CN: 'China (mainland)',
  GB: 'United Kingdom',
  HK: 'Hong Kong',
  IE: 'Ireland',
  IT: 'Italy',
  JO: 'Jordan',
  KR: 'South Korea',
  KW: 'Kuwait',
  MX: 'Mexico',
  NG: 'Nigeria',
  PH: 'Philippines',
  PL: 'Poland',
  RO: 'Romania',
  SG: 'Singapore',
  TR: 'Türkiye',
  TW: 'Taiwan',
  US: 'United States',
  VN: 'Vietnam',
} as const;
export type CountryCode = keyof typeof COUNTRIES;

/** Languages a source or an alias may be written in (BCP 47). */
export const LANGUAGES = {
  en: 'English',
  zh: 'Chinese',
  'zh-Hans': 'Chinese (simplified)',
  'zh-Hant': 'Chinese (traditional)',
  ko: 'Korean',
  es: 'Spanish',
  pt: 'Portuguese',
  ro: 'Romanian',
  tr: 'Turkish',
  ja: 'Japanese',
} as const;
export type LanguageCode = keyof typeof LANGUAGES;

export function keysOf<T extends object>(record: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];
}
