/**
 * What the search page shows for an exact answer: one card per hit, in the
 * reader's language, always saying what was matched. Pure: the page gives
 * its words (data-strings), its labels for codes (status words, countries)
 * and its language; the search page script only draws the cards.
 */
import { fill, type ScriptStrings } from '../../i18n/client.browser.ts';
import { inEdition, type ExactAnswer, type Hit, type RecordTarget } from './exact.browser.ts';

/** Labels for the codes the index holds, in the page's language (rendered by SearchPage.astro). */
export interface SearchVocabulary {
  /** Status code → [label, family]. */
  statuses: Record<string, [string, string]>;
  countries: Record<string, string>;
}

export interface RecordLine {
  title: string;
  href: string;
  status: string;
  tone: 'fake' | 'caution';
}

export interface AnswerCard {
  kind: Hit['target']['kind'];
  /** The small line above the title: "Brand", "Product · Counterfeit", "Lot · exact match". */
  kindLine: string;
  title: string;
  href: string;
  /** What was matched, in words. */
  matched: string;
  /** A sentence about the answer (a brand's records, a lot's caveat). */
  note?: string | undefined;
  /** Where, who and when, for a record or a case. */
  meta?: string | undefined;
  tone?: 'fake' | 'caution' | undefined;
  records?: RecordLine[] | undefined;
}

export interface AnswerContext {
  text: ScriptStrings;
  vocabulary: SearchVocabulary;
  /** The reader's edition: its BCP 47 tag (e.g. "zh-Hans"), and the key its texts have in the index ("zh"). */
  tag: string;
  edition: string;
  localise: (path: string) => string;
  query: string;
}

/** A partial date as printed ("2024", "2024-04", "2024-04-16") in the reader's language. */
/** One formatter per language and precision: making one costs about a millisecond, and a brand's answer dates dozens of records. */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatPartialDate(value: string | undefined, tag: string): string {
  if (!value) return '';
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
  const key = `${tag}|${month ? 1 : 0}${day ? 1 : 0}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(tag, {
      timeZone: 'UTC',
      year: 'numeric',
      ...(month ? { month: 'long' } : {}),
      ...(day ? { day: 'numeric' } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}

const toneOf = (family: string | undefined): 'fake' | 'caution' => (family === 'fake' ? 'fake' : 'caution');

function recordLine(record: RecordTarget, context: AnswerContext): RecordLine {
  const [status, family] = context.vocabulary.statuses[record.status] ?? [record.status, ''];
  const title = inEdition(record.title, context.edition);
  return {
    title,
    href: context.localise(record.path),
    status,
    tone: toneOf(family),
  };
}

function matchedLine(answer: ExactAnswer, hit: Hit, context: AnswerContext): string {
  const { text } = context;
  if (answer.match === 'part') return text.matchedPartShort;
  if (answer.match === 'corrected') return text.matchedClosest;
  return hit.via ? fill(text.matchedVia, { name: hit.via }) : text.matchedExact;
}

/** The name a hit is known by, in the reader's edition. */
const nameOf = (hit: Hit, edition: string): string => {
  const target = hit.target;
  if (target.kind === 'brand') return target.name;
  if (target.kind === 'lot') return target.lot;
  return inEdition(target.title, edition);
};

/**
 * For an answer that is not exact, one sentence above the cards saying what
 * was and was not matched; the status line for every kind of answer.
 */
export function answerSummary(answer: ExactAnswer, context: AnswerContext): { explanation?: string; status?: string } {
  const { text, query } = context;
  const first = answer.hits[0];
  if (!first) return {};
  const name = nameOf(first, context.edition);
  if (answer.match === 'part') return { explanation: fill(text.matchedPart, { name }), status: fill(text.closestFound, { query }) };
  if (answer.match === 'corrected')
    return { explanation: fill(text.matchedCorrected, { query, name }), status: fill(text.closestFound, { query }) };
  return { status: fill(text.exactFound, { query }) };
}

export function answerCards(answer: ExactAnswer, context: AnswerContext): AnswerCard[] {
  const { text, vocabulary, tag, edition } = context;
  const countries = (codes: string[]) => codes.map((c) => vocabulary.countries[c] ?? c).join(text.punct.list);
  return answer.hits.map((hit): AnswerCard => {
    const target = hit.target;
    const matched = matchedLine(answer, hit, context);
    const href = context.localise(target.path);
    switch (target.kind) {
      case 'brand': {
        const note = [
          target.records === 1 ? text.brandRecordsOne : fill(text.brandRecordsMany, { n: target.records }),
          target.fakes === 0 ? text.brandNoFakes : target.fakes === 1 ? text.brandFakesOne : fill(text.brandFakesMany, { n: target.fakes }),
        ].join(text.punct.space);
        return { kind: 'brand', kindLine: text.kindBrand, title: target.name, href, matched, note };
      }
      case 'lot': {
        const records = hit.records ?? [];
        return {
          kind: 'lot',
          kindLine: text.exactLot,
          title: fill(text.lotTitle, { lot: target.lot }),
          href,
          matched,
          note: records.length === 1 ? text.lotNamedOne : fill(text.lotNamedMany, { n: records.length }),
          records: records.map((r) => recordLine(r, context)),
        };
      }
      case 'record': {
        const [status, family] = vocabulary.statuses[target.status] ?? [target.status, ''];
        const meta = [
          target.lots.length
            ? `${target.lots.length === 1 ? text.cardLot : text.cardLots}${text.punct.colon}${target.lots.join(text.punct.list)}`
            : '',
          `${text.cardFoundIn}${text.punct.colon}${countries(target.countries)}`,
          `${text.cardAlert}${text.punct.colon}${[inEdition(target.authority, edition), formatPartialDate(target.date, tag)].filter(Boolean).join(text.punct.comma)}`,
        ].filter(Boolean);
        return {
          kind: 'record',
          kindLine: `${text.kindProduct} · ${status}`,
          title: inEdition(target.title, edition),
          href,
          matched,
          meta: meta.join(' · '),
          tone: toneOf(family),
        };
      }
      case 'case':
        return {
          kind: 'case',
          kindLine: text.kindCase,
          title: inEdition(target.title, edition),
          href,
          matched,
          meta: [countries(target.countries), formatPartialDate(target.start, tag)].join(' · '),
        };
    }
  });
}
