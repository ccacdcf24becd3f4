/**
 * Closed vocabularies shared by the content schemas, the pages and the tests.
 * Adding a value here is a deliberate editorial decision: each one needs a
 * label and a meaning that the methodology note can show to readers.
 */

export const PRODUCT_TYPES = {
  'botulinum-toxin': 'Botulinum toxin',
  'hyaluronic-acid-filler': 'Hyaluronic-acid filler',
  'other-filler': 'Other dermal filler',
  'dermal-filler': 'Dermal filler, material not stated',
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
      "Under mainland China's Drug Administration Law until 1 December 2019, some drugs were treated in law as counterfeit drugs (按假药论处) even when they did not copy a real brand; a drug imported without approval was one of them. The revised law no longer counts such imports as counterfeit drugs.",
  },
  'suspected-counterfeit': {
    label: 'Suspected counterfeit',
    family: 'suspected',
    meaning:
      'The authority said it suspected the product was counterfeit but had not confirmed it when it published. We do not call it counterfeit.',
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
  'illegally-imported': {
    label: 'Illegally imported',
    family: 'unapproved',
    meaning:
      'The authority said the product was brought into a named country without the permits the law requires. It did not say the product is a copy.',
  },
  smuggled: {
    label: 'Smuggled',
    family: 'unapproved',
    meaning:
      'Customs or police said the product was smuggled into a named country (hidden or falsely declared). Smuggling alone does not make it a copy.',
  },
  misbranded: {
    label: 'Misbranded',
    family: 'unapproved',
    meaning:
      'A United States legal term: the labelling does not meet the law, often because the product is a foreign version that is not approved there. It does not by itself mean a copy.',
  },
  illegal: {
    label: 'Illegal to sell',
    family: 'unapproved',
    meaning:
      'The authority said the product is illegal to sell or use in a named country, without saying whether it is a copy or a genuine product.',
  },
  irregular: {
    label: 'Irregular',
    family: 'irregular',
    meaning:
      'The authority said the lot is not sold by the legitimate local importer or lacks local registration, and warned people not to use it.',
  },
  adulterated: {
    label: 'Adulterated',
    family: 'irregular',
    meaning:
      'A United States legal term: the product\'s strength, quality or purity is not what it should be, or it was made, kept or imported in a way the law forbids. It does not by itself mean a copy.',
  },
  'non-compliant': {
    label: 'Non-compliant',
    family: 'irregular',
    meaning: 'The authority said the product does not meet the rules or the approved specifications it should meet.',
  },
  suspended: {
    label: 'Suspended',
    family: 'irregular',
    meaning: 'The authority stopped the product from being sold or used while a problem is dealt with.',
  },
  withdrawn: {
    label: 'Withdrawn',
    family: 'irregular',
    meaning: 'The authority withdrew or cancelled the product\'s permission to be sold, for a reason it named.',
  },
  'trademark-infringing': {
    label: 'Trademark-infringing',
    family: 'irregular',
    meaning:
      'The authority said the product used a trademark without permission. It did not, in the sources we have, call the product counterfeit or fake.',
  },
} as const;
export type StatusWord = keyof typeof STATUS_WORDS;
export type StatusFamily = (typeof STATUS_WORDS)[StatusWord]['family'];

export const STATUS_FAMILIES: Record<StatusFamily, string> = {
  fake: 'Counterfeit, falsified or fake',
  suspected: 'Suspected counterfeit, not confirmed',
  unapproved: 'Unapproved where found',
  irregular: 'Irregular supply or other regulatory action',
};

/** The reading order of the families, everywhere they are listed: the clearest danger first. */
export const FAMILY_ORDER: StatusFamily[] = ['fake', 'suspected', 'unapproved', 'irregular'];

/** How much weight a source carries; shown beside every source on a page. */
export const SOURCE_KINDS = {
  regulator: {
    label: 'Official',
    meaning: "An authority's own page: a regulator, public-health agency, police force, customs, prosecutor or court.",
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
  court: 'Court',
  prosecutor: 'Prosecutor',
  international: 'International organisation',
} as const;
export type AuthorityKind = keyof typeof AUTHORITY_KINDS;

/**
 * Where a product was found or an authority works: ISO 3166-1 alpha-2 codes
 * (plus XK for Kosovo), and "INT" for international bodies such as the WHO.
 * A closed list, so that "UK" or "uk" cannot become a second United Kingdom.
 * Labels come from the Unicode CLDR through Intl.DisplayNames, with our own
 * wording where a place needs it (labels.ts, per language).
 */
export const COUNTRY_CODES = [
  'INT',
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE',
  'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD',
  'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM',
  'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF',
  'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU',
  'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN',
  'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME',
  'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA',
  'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM',
  'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI',
  'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK',
  'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI',
  'VN', 'VU', 'WF', 'WS', 'XK', 'YE', 'YT', 'ZA', 'ZM', 'ZW',
] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

/** Languages a source, a quotation or an alias may be written in (BCP 47). Labels come from CLDR. */
export const LANGUAGE_CODES = [
  'en', 'zh', 'zh-Hans', 'zh-Hant', 'ko', 'ja', 'es', 'pt', 'fr', 'it', 'de', 'nl', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr',
  'bg', 'ro', 'hu', 'el', 'tr', 'ru', 'uk', 'lt', 'lv', 'et', 'fi', 'sv', 'da', 'no', 'ar', 'he', 'fa', 'ur', 'hi',
  'bn', 'th', 'vi', 'id', 'ms', 'fil', 'km', 'my', 'mn', 'kk', 'uz', 'az', 'ka', 'hy', 'sq', 'mk', 'sw',
] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** Names from the Unicode CLDR (through Intl), with our own wording where a place or language needs it. */
export function cldrLabels<K extends string>(
  codes: readonly K[],
  locale: string,
  type: 'region' | 'language',
  overrides: Partial<Record<K, string>>,
): Record<K, string> {
  const names = new Intl.DisplayNames([locale], { type, fallback: 'none' });
  return Object.fromEntries(
    codes.map((code) => {
      const label = overrides[code] ?? names.of(code);
      if (!label) throw new Error(`no ${locale} name for ${type} "${code}"; add one to the overrides`);
      return [code, label];
    }),
  ) as Record<K, string>;
}

export const COUNTRIES: Record<CountryCode, string> = cldrLabels(COUNTRY_CODES, 'en', 'region', {
  INT: 'International',
  CN: 'China (mainland)',
  HK: 'Hong Kong',
  MO: 'Macao',
  TW: 'Taiwan',
  PS: 'Palestine',
});

export const LANGUAGES: Record<LanguageCode, string> = cldrLabels(LANGUAGE_CODES, 'en', 'language', {
  zh: 'Chinese',
  'zh-Hans': 'Chinese (simplified)',
  'zh-Hant': 'Chinese (traditional)',
});

export function keysOf<T extends object>(record: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];
}
