/**
 * Checks that the schemas cannot make alone, over all collections at once:
 * every reference points at an entry that exists, every source a fact cites
 * is listed (and so numbered) on the page that shows the fact, no two files
 * describe the same record, and the authority's word for a status is quoted
 * from its source. Pure functions over plain data, unit-tested without Astro.
 */
import { COLLECTIONS, REFERENCE_PATHS, type CollectionName } from './collections.ts';
import { wordingQuotation } from './quotations.ts';

export type Ref = { id: string; collection?: string } | string;

export interface EntryLike {
  id: string;
  collection: string;
  filePath?: string | undefined;
  data: Record<string, unknown>;
}

export interface IntegrityProblem {
  file: string;
  field: string;
  message: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const refId = (ref: unknown): string | undefined => {
  if (typeof ref === 'string') return ref;
  if (ref && typeof ref === 'object' && 'id' in ref) return String((ref as { id: unknown }).id);
  return undefined;
};

/** The values at a path such as ['keyFacts', '*', 'sources', '*'], each with its field name ("keyFacts[0].sources[1]"). */
function valuesAt(data: unknown, path: readonly string[], field = ''): { field: string; value: unknown }[] {
  if (path.length === 0) return data === undefined ? [] : [{ field, value: data }];
  const [head, ...rest] = path;
  if (head === '*') {
    return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, `${field}[${i}]`)) : [];
  }
  if (!data || typeof data !== 'object') return [];
  return valuesAt((data as Record<string, unknown>)[head!], rest, field ? `${field}.${head}` : head!);
}

const isCollection = (name: string): name is CollectionName => name in COLLECTIONS;

/** Every (field, referenced collection, id) an entry holds, from its collection's schema. */
export function referencesOf(entry: EntryLike): { field: string; collection: string; id: string }[] {
  if (!isCollection(entry.collection)) return [];
  return REFERENCE_PATHS[entry.collection].flatMap(({ path, collection }) =>
    valuesAt(entry.data, path as string[]).flatMap(({ field, value }) => {
      const id = refId(value);
      return id === undefined ? [] : [{ field, collection, id }];
    }),
  );
}

/** Sources that a page shows a fact from, which must therefore be in its numbered list. */
function citedOnPage(entry: EntryLike): { field: string; id: string }[] {
  if (!isCollection(entry.collection) || !COLLECTIONS[entry.collection].citesFromSourceList) return [];
  return referencesOf(entry).filter((r) => r.collection === 'sources' && !/^sources\[\d+\]$/.test(r.field));
}

const fileOf = (entry: EntryLike) => entry.filePath ?? `${entry.collection}/${entry.id}`;

export function checkIntegrity(entries: EntryLike[]): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const ids = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
    ids.get(entry.collection)!.add(entry.id);
  }

  for (const entry of entries) {
    const file = fileOf(entry);
    if (!SLUG.test(entry.id)) {
      problems.push({ file, field: '(file name)', message: `"${entry.id}" is not a valid slug: use lowercase letters, digits and single hyphens` });
    }
    for (const ref of referencesOf(entry)) {
      if (!ids.get(ref.collection)?.has(ref.id)) {
        problems.push({ file, field: ref.field, message: `unknown ${ref.collection} id "${ref.id}" (no file content/${ref.collection}/${ref.id}.*)` });
      }
    }
    const listed = new Set(((entry.data['sources'] as unknown[]) ?? []).map(refId));
    for (const cited of citedOnPage(entry)) {
      if (!listed.has(cited.id)) {
        problems.push({ file, field: cited.field, message: `cites source "${cited.id}", which is missing from this entry's "sources" list` });
      }
    }
    const seen = new Set<string>();
    ((entry.data['sources'] as unknown[]) ?? []).forEach((ref, i) => {
      const id = refId(ref);
      if (id && seen.has(id)) problems.push({ file, field: `sources[${i}]`, message: `source "${id}" is listed twice` });
      if (id) seen.add(id);
    });
    if (entry.collection === 'products') problems.push(...statusWordingProblems(entry));
  }
  problems.push(...duplicateRecords(entries.filter((e) => e.collection === 'products')));
  problems.push(...duplicateSources(entries.filter((e) => e.collection === 'sources')));
  return problems;
}

/** One source, one file: two files with the same address would number the same source twice. */
export function duplicateSources(sources: EntryLike[]): IntegrityProblem[] {
  const address = (url: unknown) => (typeof url === 'string' ? url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '').toLowerCase() : '');
  const seen = new Map<string, EntryLike>();
  const problems: IntegrityProblem[] = [];
  for (const source of sources) {
    const key = address(source.data['url']);
    if (!key) continue;
    const first = seen.get(key);
    if (first) problems.push({ file: fileOf(source), field: 'url', message: `${String(source.data['url'])} is already the source ${fileOf(first)}; cite that id instead` });
    else seen.set(key, source);
  }
  return problems;
}

/**
 * The authority's word for a status is shown as its own words, so it must be
 * found in one of the record's quotations from its source.
 */
export function statusWordingProblems(entry: EntryLike): IntegrityProblem[] {
  const wording = entry.data['statusWording'];
  if (typeof wording !== 'string' || wording.trim() === '' || wordingQuotation(entry.data)) return [];
  return [
    {
      file: fileOf(entry),
      field: 'statusWording',
      message: `"${wording}" is shown as the authority's own word, but no quotation in authorityWords contains it; quote the source, or leave statusWording out`,
    },
  ];
}

/** Two files describing one record: the same authority, name and lots, in the same alert. */
export function duplicateRecords(products: EntryLike[]): IntegrityProblem[] {
  const key = (p: EntryLike) => {
    const lots = ((p.data['lots'] as { lot: string }[] | undefined) ?? []).map((l) => l.lot.replace(/[^0-9a-z]/gi, '').toUpperCase()).sort();
    const name = String(p.data['title'] ?? '').normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
    const alert = p.data['alert'] as { source?: unknown; url?: unknown } | undefined;
    return JSON.stringify([refId(p.data['authority']), name, lots, alert?.url ?? refId(alert?.source)]);
  };
  const groups = new Map<string, EntryLike[]>();
  for (const p of products) groups.set(key(p), [...(groups.get(key(p)) ?? []), p]);
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({
      file: fileOf(group[0]!),
      field: '(whole record)',
      message: `describes the same record as ${group.slice(1).map(fileOf).join(' and ')} (same authority, name and lots in the same alert); merge them into one file`,
    }));
}

/** Files in one collection folder that would claim the same slug (e.g. `a.md` and `a.mdx`). */
export function duplicateSlugs(fileNames: string[]): string[][] {
  const bySlug = new Map<string, string[]>();
  for (const name of fileNames) {
    const slug = name.replace(/\.[^./]+$/, '').toLowerCase();
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), name]);
  }
  return [...bySlug.values()].filter((names) => names.length > 1);
}

export function formatProblems(problems: IntegrityProblem[]): string {
  return problems.map((p) => `  ${p.file}: field "${p.field}": ${p.message}`).join('\n');
}
