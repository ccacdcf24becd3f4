/**
 * Checks that Astro's schemas cannot make: that every reference between
 * collections points at an entry that exists, and that every source a fact
 * cites is listed (and so numbered) on the page that shows the fact.
 * Pure functions over plain data, so they are unit-tested without Astro.
 */

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

/** Every (field path, referenced collection, id) a content entry holds. */
function referencesOf(entry: EntryLike): { field: string; collection: string; id: string }[] {
  const out: { field: string; collection: string; id: string }[] = [];
  const add = (field: string, collection: string, value: unknown) => {
    const id = refId(value);
    if (id !== undefined) out.push({ field, collection, id });
  };
  const addAll = (field: string, collection: string, values: unknown) => {
    if (Array.isArray(values)) values.forEach((value, i) => add(`${field}[${i}]`, collection, value));
  };
  const d = entry.data;
  addAll('sources', 'sources', d['sources']);
  switch (entry.collection) {
    case 'products': {
      add('authority', 'authorities', d['authority']);
      add('alert.source', 'sources', (d['alert'] as { source?: unknown } | undefined)?.source);
      addAll('cases', 'cases', d['cases']);
      break;
    }
    case 'cases': {
      addAll('authorities', 'authorities', d['authorities']);
      addAll('products', 'products', d['products']);
      for (const list of ['keyFacts', 'timeline', 'people'] as const) {
        const items = d[list];
        if (Array.isArray(items)) {
          items.forEach((item, i) => addAll(`${list}[${i}].sources`, 'sources', (item as { sources?: unknown }).sources));
        }
      }
      break;
    }
  }
  return out;
}

/** Sources that a page shows a fact from, which must therefore be in its numbered list. */
function citedOnPage(entry: EntryLike): { field: string; id: string }[] {
  const refs = referencesOf(entry).filter((r) => r.collection === 'sources' && !r.field.startsWith('sources['));
  return entry.collection === 'authorities' ? [] : refs;
}

export function checkIntegrity(entries: EntryLike[]): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const ids = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
    ids.get(entry.collection)!.add(entry.id);
  }
  const fileOf = (entry: EntryLike) => entry.filePath ?? `${entry.collection}/${entry.id}`;

  for (const entry of entries) {
    const file = fileOf(entry);
    if (!SLUG.test(entry.id)) {
      problems.push({
        file,
        field: '(file name)',
        message: `"${entry.id}" is not a valid slug: use lowercase letters, digits and single hyphens`,
      });
    }
    for (const ref of referencesOf(entry)) {
      if (!ids.get(ref.collection)?.has(ref.id)) {
        problems.push({
          file,
          field: ref.field,
          message: `unknown ${ref.collection} id "${ref.id}" (no file content/${ref.collection}/${ref.id}.*)`,
        });
      }
    }
    const listed = new Set(((entry.data['sources'] as unknown[]) ?? []).map(refId));
    for (const cited of citedOnPage(entry)) {
      if (!listed.has(cited.id)) {
        problems.push({
          file,
          field: cited.field,
          message: `cites source "${cited.id}", which is missing from this entry's "sources" list`,
        });
      }
    }
    const seen = new Set<string>();
    ((entry.data['sources'] as unknown[]) ?? []).forEach((ref, i) => {
      const id = refId(ref);
      if (id && seen.has(id)) {
        problems.push({ file, field: `sources[${i}]`, message: `source "${id}" is listed twice` });
      }
      if (id) seen.add(id);
    });
  }
  return problems;
}

/** Files in one collection folder that would claim the same slug (e.g. `a.md` and `a.mdx`). */
export function duplicateSlugs(fileNames: string[]): string[][] {
  const bySlug = new Map<string, string[]>();
  for (const name of fileNames) {
    const slug = name.replace(/\.[^.\/]+$/, '').toLowerCase();
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), name]);
  }
  return [...bySlug.values()].filter((names) => names.length > 1);
}

export function formatProblems(problems: IntegrityProblem[]): string {
  return problems.map((p) => `  ${p.file}: field "${p.field}": ${p.message}`).join('\n');
}
