/**
 * "Cite this page": one formatter for every citation style the site offers, so
 * case, product and explainer pages can never drift apart.
 *
 * The site (an organisation) is both the author and the publisher of its pages.
 * Each style treats that differently:
 *
 * - APA 7 (webpage on a website, group author): when the author and the site name
 *   are the same, the site name is left out. The date is the last-updated date if
 *   there is one. The title is italic, in sentence case. "Retrieved Month Day, Year,
 *   from URL" is added only for content designed to change: our explainers (they are
 *   reviewed and updated on a schedule), not cases or product records.
 * - MLA 9 (web page): no author when the organisation is also the publisher/site, so
 *   the entry starts with the title in quotation marks; the site name is italic; the
 *   publisher is left out because it is the site's own name; dates are "day Mon. year"
 *   with the MLA month abbreviations; the most recent date (last update) is used; an
 *   access date ends the entry.
 * - Chicago 17, notes and bibliography (website content, corporate author): the title
 *   is in quotation marks and headline-style capitals; the bibliography entry says
 *   "Last modified" when the page has been updated, otherwise "Published"; no access
 *   date, because the page has a date.
 * - BibTeX: an @misc entry with the organisation as corporate author in double braces.
 *
 * Titles keep the capitals our editors gave them (proper nouns, brand names and
 * packaging text as printed): the style functions only ever raise a lowercase first
 * letter (headline style for MLA and Chicago, the first word after a colon for APA),
 * never lower one. Non-Latin titles pass through unchanged as UTF-8. All dates are
 * read in UTC, so a build machine's time zone never shifts them.
 */

export type CiteKind = 'case' | 'product' | 'explainer';

export interface CiteInput {
  title: string;
  /** "Fake Injectables Watch": the organisation is author, site and publisher. */
  siteName: string;
  /** The absolute, permanent address of the page. */
  url: string;
  published: Date;
  updated?: Date | undefined;
  /** The date the reader accessed the page (on the site: the build date). */
  accessed: Date;
  kind: CiteKind;
}

/** A run of citation text; `italic` marks what the style sets in italics. */
export interface CitePart {
  text: string;
  italic?: boolean;
}

export interface FormattedCitation {
  /** Plain text, ready to paste anywhere. */
  text: string;
  /** The same text split into runs, with the italic runs marked. */
  parts: CitePart[];
}

export interface AllCitations {
  apa: FormattedCitation;
  mla: FormattedCitation;
  chicagoNote: FormattedCitation;
  chicagoBibliography: FormattedCitation;
  bibtex: FormattedCitation;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** MLA Handbook abbreviations: months longer than four letters are shortened. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;

/** BibTeX's predefined month macros. */
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

const monthName = (date: Date) => MONTHS[date.getUTCMonth()]!;

/** "November 29, 2026" (APA, Chicago). */
export function usDate(date: Date): string {
  return `${monthName(date)} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/** "29 Nov. 2026" (MLA). */
export function mlaDate(date: Date): string {
  return `${date.getUTCDate()} ${MLA_MONTHS[date.getUTCMonth()]!} ${date.getUTCFullYear()}`;
}

/** "2026, November 29" (APA's date in parentheses). */
function apaDate(date: Date): string {
  return `${date.getUTCFullYear()}, ${monthName(date)} ${date.getUTCDate()}`;
}

/** "29 November 2026": the site's own date style, used in the BibTeX note. */
function siteDate(date: Date): string {
  return `${date.getUTCDate()} ${monthName(date)} ${date.getUTCFullYear()}`;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The update date, only when it is a different day from first publication. */
export function effectiveUpdate(input: Pick<CiteInput, 'published' | 'updated'>): Date | undefined {
  const { published, updated } = input;
  return updated && isoDay(updated) !== isoDay(published) ? updated : undefined;
}

/**
 * APA asks for a retrieval date only for content designed to change. Explainers are
 * reviewed and updated on a schedule; case write-ups and register records are not.
 */
export const designedToChange = (kind: CiteKind) => kind === 'explainer';

/* ------------------------------------------------------------------ titles */

const ARTICLES = ['a', 'an', 'the'];
/** Prepositions lowercased in headline style (Chicago 8.159, MLA 1.2), whatever their length.
 *  Words that are as often adverbs (up, down, out, off, over, like, near, past, since) are left out,
 *  so they are capitalised: safer than lowercasing a stressed word. */
const PREPOSITIONS = [
  'about',
  'above',
  'according',
  'across',
  'after',
  'against',
  'along',
  'amid',
  'among',
  'around',
  'as',
  'at',
  'before',
  'behind',
  'below',
  'beneath',
  'beside',
  'besides',
  'between',
  'beyond',
  'by',
  'concerning',
  'despite',
  'during',
  'except',
  'for',
  'from',
  'in',
  'inside',
  'into',
  'of',
  'on',
  'onto',
  'outside',
  'per',
  'regarding',
  'than',
  'through',
  'throughout',
  'to',
  'toward',
  'towards',
  'under',
  'underneath',
  'until',
  'unlike',
  'upon',
  'versus',
  'via',
  'vs',
  'with',
  'within',
  'without',
];
/** Chicago lowercases and, but, for, or, nor; MLA also so and yet. */
const CHICAGO_MINOR = new Set([...ARTICLES, ...PREPOSITIONS, 'and', 'but', 'for', 'or', 'nor']);
const MLA_MINOR = new Set([...CHICAGO_MINOR, 'so', 'yet']);
/** Prefixes that cannot stand alone: the element after the hyphen stays lowercase ("Anti-counterfeit"). */
const PREFIXES = new Set(['anti', 'co', 'de', 'inter', 'intra', 'multi', 'non', 'post', 'pre', 'pseudo', 're', 'semi', 'sub', 'un']);

const LEADING = /^[("'‘“[¿¡]*/;
const TRAILING = /[)"'’”\].,;:!?]*$/;
/** A mark after which a subtitle starts. */
const SUBTITLE_BREAK = /[:?!—]["'’”)]*$/;

/** Raise a lowercase first letter; leave anything with a capital, a digit, a dot or a slash alone. */
function raise(word: string): string {
  if (!/^\p{Ll}/u.test(word) || /[\p{Lu}\d./@]/u.test(word)) return word;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

type Position = { first: boolean; last: boolean; afterBreak: boolean };

/** Split a title into words, calling `fix` on each word's letters with its position. */
function mapWords(title: string, fix: (core: string, at: Position) => string): string {
  const tokens = title.split(/(\s+|—)/);
  const wordIndexes = tokens.flatMap((token, i) => (/\p{L}/u.test(token) && token !== '—' ? [i] : []));
  const firstWord = wordIndexes[0];
  const lastWord = wordIndexes[wordIndexes.length - 1];
  let afterBreak = false;
  return tokens
    .map((token, i) => {
      if (/^\s*$/.test(token)) return token;
      if (token === '—') {
        afterBreak = true;
        return token;
      }
      let out = token;
      if (/\p{L}/u.test(token)) {
        const lead = LEADING.exec(token)![0];
        const rest = token.slice(lead.length);
        const trail = TRAILING.exec(rest)![0];
        const core = rest.slice(0, rest.length - trail.length);
        out = lead + fix(core, { first: i === firstWord, last: i === lastWord, afterBreak }) + trail;
      }
      afterBreak = SUBTITLE_BREAK.test(token);
      return out;
    })
    .join('');
}

/**
 * Headline-style capitals (Chicago 17 8.159; MLA 9 1.2): first and last words and the
 * first word of a subtitle always capitalised; articles, prepositions, coordinating
 * conjunctions and "to"/"as" lowercase; each element of a hyphenated compound
 * capitalised unless it is such a word or follows a prefix.
 */
export function headlineCase(title: string, style: 'chicago' | 'mla' = 'chicago'): string {
  const minor = style === 'mla' ? MLA_MINOR : CHICAGO_MINOR;
  return mapWords(title, (core, at) => {
    const elements = core.split(/(-|‐)/);
    const forced = at.first || at.last || at.afterBreak;
    const first = elements[0] ?? '';
    const afterPrefix = PREFIXES.has(first.toLowerCase()) && elements.length > 1;
    return elements
      .map((element, j) => {
        if (j % 2 === 1) return element; // the hyphen itself
        if (j === 0) return forced || !minor.has(element) ? raise(element) : element;
        if (afterPrefix) return element;
        const isLast = j === elements.length - 1;
        return (at.last && isLast) || !minor.has(element) ? raise(element) : element;
      })
      .join('');
  });
}

/** APA sentence case, as far as it can be done safely: the first word of the title and of a subtitle. */
export function sentenceCase(title: string): string {
  return mapWords(title, (core, at) => (at.first || at.afterBreak ? raise(core) : core));
}

/** Inside a title in double quotation marks, double quotation marks become single (MLA, Chicago). */
function nestQuotes(title: string): string {
  return title.replace(/"/g, "'").replace(/“/g, '‘').replace(/”/g, '’');
}

/** Does the title end in a closing quotation mark (rather than an apostrophe)? */
function endsInClosingQuote(original: string): boolean {
  if (/["”]$/.test(original)) return true;
  return /['’]$/.test(original) && /(^|[\s([])['‘]/.test(original);
}

/**
 * A title in quotation marks followed by `mark` (period or comma), American style:
 * the mark goes inside the quotation marks, and is dropped after ? or !.
 */
function quotedTitle(original: string, cased: string, mark: '.' | ','): string {
  const nested = nestQuotes(cased);
  const closing = endsInClosingQuote(original) ? (/['’]+$/.exec(nested)?.[0] ?? '') : '';
  const body = nested.slice(0, nested.length - closing.length);
  const end = /[?!]$/.test(body) ? '' : mark;
  return `"${body}${end}${closing}"`;
}

/* ------------------------------------------------------------------ styles */

function formatted(parts: CitePart[]): FormattedCitation {
  const merged: CitePart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const previous = merged[merged.length - 1];
    if (previous && Boolean(previous.italic) === Boolean(part.italic)) previous.text += part.text;
    else merged.push(part.italic ? { text: part.text, italic: true } : { text: part.text });
  }
  return { text: merged.map((p) => p.text).join(''), parts: merged };
}

/** APA 7: Fake Injectables Watch. (2026, November 29). *Title*. URL */
export function apa(input: CiteInput): FormattedCitation {
  const date = effectiveUpdate(input) ?? input.published;
  const title = sentenceCase(input.title);
  const afterTitle = /[?!]$/.test(title) ? ' ' : '. ';
  const location = designedToChange(input.kind) ? `Retrieved ${usDate(input.accessed)}, from ${input.url}` : input.url;
  return formatted([
    { text: `${input.siteName}. (${apaDate(date)}). ` },
    { text: title, italic: true },
    { text: `${afterTitle}${location}` },
  ]);
}

/** MLA 9: "Title." *Fake Injectables Watch*, 29 Nov. 2026, URL. Accessed 3 Dec. 2026. */
export function mla(input: CiteInput): FormattedCitation {
  const date = effectiveUpdate(input) ?? input.published;
  return formatted([
    { text: `${quotedTitle(input.title, headlineCase(input.title, 'mla'), '.')} ` },
    { text: input.siteName, italic: true },
    { text: `, ${mlaDate(date)}, ${input.url}. Accessed ${mlaDate(input.accessed)}.` },
  ]);
}

/** Chicago 17 note: Fake Injectables Watch, "Title," November 29, 2026, URL. */
export function chicagoNote(input: CiteInput): FormattedCitation {
  const updated = effectiveUpdate(input);
  const date = updated ? `last modified ${usDate(updated)}` : usDate(input.published);
  return formatted([
    { text: `${input.siteName}, ${quotedTitle(input.title, headlineCase(input.title, 'chicago'), ',')} ${date}, ${input.url}.` },
  ]);
}

/** Chicago 17 bibliography: Fake Injectables Watch. "Title." Published November 29, 2026. URL. */
export function chicagoBibliography(input: CiteInput): FormattedCitation {
  const updated = effectiveUpdate(input);
  const date = updated ? `Last modified ${usDate(updated)}` : `Published ${usDate(input.published)}`;
  return formatted([
    { text: `${input.siteName}. ${quotedTitle(input.title, headlineCase(input.title, 'chicago'), '.')} ${date}. ${input.url}.` },
  ]);
}

const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escape the characters TeX treats specially; everything else (any script) stays as UTF-8. */
export function escapeBibtex(value: string): string {
  return value.replace(/[\\&%$#_{}~^]/g, (c) => BIBTEX_ESCAPES[c] ?? c);
}

/** A citation key from the page's last path segment: fiw-donghai-wechat-fake-injectables-network. */
export function bibtexKey(url: string): string {
  const segments = new URL(url).pathname.split('/').filter(Boolean);
  const slug = (segments[segments.length - 1] ?? 'page').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return `fiw-${slug}`;
}

/**
 * BibTeX @misc. The title is wrapped in a second pair of braces so bibliography styles
 * keep its capitals (WeChat, BOTOX) instead of lowercasing them.
 */
export function bibtex(input: CiteInput): FormattedCitation {
  const updated = effectiveUpdate(input);
  const fields: [string, string][] = [
    ['author', `{{${escapeBibtex(input.siteName)}}}`],
    ['title', `{{${escapeBibtex(input.title)}}}`],
    ['year', `{${input.published.getUTCFullYear()}}`],
    ['month', BIBTEX_MONTHS[input.published.getUTCMonth()]!],
    ['url', `{${input.url}}`],
    ['urldate', `{${isoDay(input.accessed)}}`],
  ];
  if (updated) fields.push(['note', `{Last updated ${siteDate(updated)}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return formatted([{ text: `@misc{${bibtexKey(input.url)},\n${body}\n}` }]);
}

export function citations(input: CiteInput): AllCitations {
  return {
    apa: apa(input),
    mla: mla(input),
    chicagoNote: chicagoNote(input),
    chicagoBibliography: chicagoBibliography(input),
    bibtex: bibtex(input),
  };
}

/**
 * The access date a built page offers: the build date, or SOURCE_DATE_EPOCH (seconds)
 * when a reproducible build sets it.
 */
export function accessDateFor(env: Record<string, string | undefined>, now: Date): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
}

/** Read once per build, so every page of one build gives the same access date. */
let buildDay: Date | undefined;
export function buildDate(): Date {
  buildDay ??= accessDateFor(process.env, new Date());
  return buildDay;
}
