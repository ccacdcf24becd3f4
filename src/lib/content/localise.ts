/**
 * Merges a translation (words only) over its default-language entry (words
 * and facts). The result has the entry's own shape, so every component works
 * in every language, and every fact in it is the default entry's own value.
 * Pure functions, unit-tested; parity (that a translation covers every piece
 * of wording) is checked separately in translation-parity.ts.
 */
import { inReaderScript, sameLanguage, type Lang } from '../../i18n/languages.ts';
import type {
  AuthorityTranslation,
  BrandTranslation,
  CountryTranslation,
  CaseTranslation,
  PageTranslation,
  ProductTranslation,
  RiskTranslation,
  SourceTranslation,
} from './translation-schemas.ts';
import type { EntryData } from './schemas.ts';

interface Changelog {
  changelog: { date: Date; change: string; correction: boolean }[];
}

const translateChangelog = <T extends Changelog>(english: T, translated: { changelog: { change: string }[] }): T['changelog'] =>
  english.changelog.map((entry, i) => ({ ...entry, change: translated.changelog[i]?.change ?? entry.change }));

export type LocalisedProduct = EntryData<'products'> & {
  /** The authority's word rendered in the reader's language, when it wrote in another. */
  statusWordingTranslated?: string | undefined;
};

export function localiseProduct(english: LocalisedProduct, translated: ProductTranslation, lang: Lang): LocalisedProduct {
  return {
    ...english,
    title: translated.title ?? english.title,
    claimedMaker: translated.claimedMaker ?? english.claimedMaker,
    strength: translated.strength ?? english.strength,
    statusWordingTranslated: translated.statusWording,
    alert: { ...english.alert, title: translated.alertTitle },
    recognisedBy: translated.recognisedBy ?? english.recognisedBy,
    whereFound: translated.whereFound,
    harm: translated.harm ?? english.harm,
    tells: english.tells.map((tell, i) => translated.tells[i] ?? tell),
    // The original words stay; their rendering is in the reader's language, or none when they already read it.
    authorityWords: english.authorityWords.map((quote, i) => ({
      ...quote,
      translation: sameLanguage(quote.lang, lang) ? undefined : (translated.authorityWords[i]?.translation ?? quote.translation),
    })),
    lots: english.lots.map((lot) => ({ ...lot, note: translated.lotNotes[lot.lot] ?? lot.note })),
    aliases: english.aliases.map((alias) => ({
      ...alias,
      note: translated.aliasNotes[alias.name] ?? (alias.note && inReaderScript(alias.note, lang) ? alias.note : undefined),
    })),
    identifiers: english.identifiers.map((idf) => ({ ...idf, label: translated.identifierLabels[idf.label] ?? idf.label })),
    changelog: translateChangelog(english, translated),
  };
}

export function localiseCase(english: EntryData<'cases'>, translated: CaseTranslation): EntryData<'cases'> {
  return {
    ...english,
    title: translated.title,
    summary: translated.summary,
    place: translated.place,
    keyFacts: english.keyFacts.map((fact, i) => ({ ...fact, ...translated.keyFacts[i] })),
    timeline: english.timeline.map((item, i) => ({ ...item, ...translated.timeline[i] })),
    // A reader sees a pseudonym in their own script as the name, with no romanised copy beside it.
    people: english.people.map((person, i) => ({
      ...person,
      name: translated.people[i]?.name ?? person.nameLocal ?? person.name,
      nameLocal: undefined,
      role: translated.people[i]?.role ?? person.role,
    })),
    changelog: translateChangelog(english, translated),
  };
}

export function localiseRisk(english: EntryData<'risks'>, translated: RiskTranslation): EntryData<'risks'> {
  return { ...english, title: translated.title, summary: translated.summary, changelog: translateChangelog(english, translated) };
}

export function localisePage(english: EntryData<'pages'>, translated: PageTranslation): EntryData<'pages'> {
  return {
    ...english,
    title: translated.title,
    heading: translated.heading ?? (english.heading ? translated.title : undefined),
    navLabel: translated.navLabel ?? (english.navLabel ? translated.title : undefined),
    summary: translated.summary,
    changelog: translateChangelog(english, translated),
  };
}

export type LocalisedSource = EntryData<'sources'> & {
  /** Our rendering of the title in the reader's language, shown beside the original. */
  titleTranslated?: string | undefined;
};

export function localiseSource(english: LocalisedSource, translated: SourceTranslation, lang: Lang): LocalisedSource {
  return {
    ...english,
    titleTranslated: sameLanguage(english.language, lang) ? undefined : translated.title,
    publisher: translated.publisher ?? english.publisher,
    note: translated.note ?? english.note,
  };
}

export function localiseAuthority(english: EntryData<'authorities'>, translated: AuthorityTranslation): EntryData<'authorities'> {
  return {
    ...english,
    name: translated.name,
    // The local name is shown only when it adds something (a Korean name, say), not a copy of the translated one.
    nameLocal: english.nameLocal && english.nameLocal !== translated.name ? english.nameLocal : undefined,
    report: english.report.map((channel, i) => ({ ...channel, ...translated.report[i] })),
  };
}

export function localiseBrand(english: EntryData<'brands'>, translated: BrandTranslation): EntryData<'brands'> {
  return {
    ...english,
    maker: english.maker && { ...english.maker, name: translated.maker?.name ?? english.maker.name },
    names: english.names.map((n, i) => ({ ...n, note: translated.names[i]?.note ?? n.note })),
    approvals: english.approvals.map((a, i) => ({ ...a, note: translated.approvals[i]?.note ?? a.note })),
    genuine: english.genuine.map((g, i) => ({ ...g, text: translated.genuine[i]?.text ?? g.text })),
    changelog: translateChangelog(english, translated),
  };
}

export function localiseCountry(english: EntryData<'countries'>, translated: CountryTranslation): EntryData<'countries'> {
  const words = <T extends { text: string }>(list: T[], zh: { text: string }[]) => list.map((item, i) => ({ ...item, text: zh[i]?.text ?? item.text }));
  return {
    ...english,
    checkProduct: words(english.checkProduct, translated.checkProduct),
    checkInjector: words(english.checkInjector, translated.checkInjector),
    report: words(english.report, translated.report),
    searches: english.searches.map((s, i) => ({ ...s, ...translated.searches[i] })),
    gaps: english.gaps.map((g, i) => translated.gaps[i] ?? g),
    changelog: translateChangelog(english, translated),
  };
}
