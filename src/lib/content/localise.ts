/**
 * Merges a translation (words only) over its English entry (words and
 * facts). The result has the English entry's shape, so every component works
 * in both languages, and every fact in it is the English entry's own value.
 * Pure functions, unit-tested; parity (that a translation covers every piece
 * of wording) is checked separately in translation-parity.ts.
 */
import type {
  AuthorityTranslation,
  CaseTranslation,
  ProductTranslation,
  RiskTranslation,
  SourceTranslation,
} from './translation-schemas';
import { isChinese } from './translation-parity';

interface Changelog {
  changelog: { date: Date; change: string; correction: boolean }[];
}

const translateChangelog = <T extends Changelog>(english: T, zh: { changelog: { change: string }[] }): T['changelog'] =>
  english.changelog.map((entry, i) => ({ ...entry, change: zh.changelog[i]?.change ?? entry.change }));

export interface ProductWords {
  title: string;
  claimedMaker?: string | undefined;
  strength?: string | undefined;
  statusWording?: string | undefined;
  alert: { title: string };
  recognisedBy?: string | undefined;
  whereFound: string;
  harm?: string | undefined;
  tells: string[];
  lots: { lot: string; note?: string | undefined }[];
  aliases: { name: string; note?: string | undefined }[];
  identifiers: { label: string; value: string }[];
  /** The authority's words rendered in the reader's language, when they are in another. */
  statusWordingTranslated?: string | undefined;
}

export function localiseProduct<T extends ProductWords & Changelog>(english: T, zh: ProductTranslation): T & { statusWordingTranslated?: string | undefined } {
  return {
    ...english,
    title: zh.title ?? english.title,
    claimedMaker: zh.claimedMaker ?? english.claimedMaker,
    strength: zh.strength ?? english.strength,
    statusWordingTranslated: zh.statusWording,
    alert: { ...english.alert, title: zh.alertTitle },
    recognisedBy: zh.recognisedBy ?? english.recognisedBy,
    whereFound: zh.whereFound,
    harm: zh.harm ?? english.harm,
    tells: english.tells.map((tell, i) => zh.tells[i] ?? tell),
    lots: english.lots.map((lot) => ({ ...lot, note: zh.lotNotes[lot.lot] ?? lot.note })),
    aliases: english.aliases.map((alias) => ({
      ...alias,
      note: zh.aliasNotes[alias.name] ?? (alias.note && isChinese(alias.note) ? alias.note : undefined),
    })),
    identifiers: english.identifiers.map((idf) => ({ ...idf, label: zh.identifierLabels[idf.label] ?? idf.label })),
    changelog: translateChangelog(english, zh),
  };
}

export interface CaseWords {
  title: string;
  summary: string;
  place: string;
  keyFacts: { label: string; value: string }[];
  timeline: { when: string; event: string }[];
  people: { name: string; nameLocal?: string | undefined; role: string }[];
}

export function localiseCase<T extends CaseWords & Changelog>(english: T, zh: CaseTranslation): T {
  return {
    ...english,
    title: zh.title,
    summary: zh.summary,
    place: zh.place,
    keyFacts: english.keyFacts.map((fact, i) => ({ ...fact, ...zh.keyFacts[i] })),
    timeline: english.timeline.map((item, i) => ({ ...item, ...zh.timeline[i] })),
    // A Chinese reader sees the Chinese pseudonym as the name, with no romanised copy beside it.
    people: english.people.map((person, i) => ({
      ...person,
      name: zh.people[i]?.name ?? person.nameLocal ?? person.name,
      nameLocal: undefined,
      role: zh.people[i]?.role ?? person.role,
    })),
    changelog: translateChangelog(english, zh),
  };
}

export function localiseRisk<T extends { title: string; summary: string } & Changelog>(english: T, zh: RiskTranslation): T {
  return { ...english, title: zh.title, summary: zh.summary, changelog: translateChangelog(english, zh) };
}

export interface SourceWords {
  title: string;
  publisher: string;
  note?: string | undefined;
  /** Our rendering of the title in the reader's language, shown beside the original. */
  titleTranslated?: string | undefined;
}

export function localiseSource<T extends SourceWords>(english: T, zh: SourceTranslation): T {
  return {
    ...english,
    titleTranslated: isChinese(english.title) ? undefined : zh.title,
    publisher: zh.publisher ?? english.publisher,
    note: zh.note ?? english.note,
  };
}

export interface AuthorityWords {
  name: string;
  nameLocal?: string | undefined;
  report: { label: string; url?: string | undefined; detail?: string | undefined }[];
}

export function localiseAuthority<T extends AuthorityWords>(english: T, zh: AuthorityTranslation): T {
  return {
    ...english,
    name: zh.name,
    // The local name is shown only when it adds something (a Korean name, say), not a copy of the Chinese one.
    nameLocal: english.nameLocal && english.nameLocal !== zh.name ? english.nameLocal : undefined,
    report: english.report.map((channel, i) => ({ ...channel, ...zh.report[i] })),
  };
}
