/**
 * Every content rule, checked straight from the files without building the
 * site: each entry against its schema, the rules that span files
 * (integrity.ts), and every translation against its language's schema and
 * parity rules. The build runs the same functions (through Astro's loader
 * and load.ts); this module lets an editor, a translator or a unit test get
 * the same answers in a second. Used by `npm run check:content`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS, COLLECTION_NAMES, plainSchemas, type CollectionName } from './collections.ts';
import { checkIntegrity, duplicateSlugs, type EntryLike } from './integrity.ts';
import { splitFrontMatter } from './front-matter.ts';
import { bodyParity } from './translation-parity.ts';
import { CITATION_PATTERN } from '../markdown/citations.ts';
import { DEFAULT_LANG, TRANSLATED_LANGS, edition, type Lang } from '../../i18n/languages.ts';
import { NAMED_EXPLAINERS } from '../routing/paths.ts';

export interface ContentProblem {
  /** The file at fault, relative to the site's root. */
  file: string;
  field: string;
  message: string;
}

interface RawEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

const isContentFile = (name: string) => /\.(mdx?|ya?ml)$/.test(name);

function readEntry(root: string, file: string): RawEntry | ContentProblem {
  const rel = relative(root, file);
  try {
    const raw = readFileSync(file, 'utf8');
    const id = basename(file, extname(file));
    if (/\.ya?ml$/.test(file)) return { id, file: rel, data: (parseYaml(raw) ?? {}) as Record<string, unknown>, body: '' };
    const { data, body } = splitFrontMatter(raw);
    return { id, file: rel, data, body };
  } catch (error) {
    return { file: rel, field: '(file)', message: (error as Error).message };
  }
}

function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter(isContentFile)
    .map((name) => join(dir, name));
}

const zodProblems = (file: string, issues: { path: PropertyKey[]; message: string; code: string; keys?: string[] }[], twin?: string): ContentProblem[] =>
  issues.map((issue) => ({
    file,
    field: issue.path.map(String).join('.') || '(front matter)',
    message:
      issue.code === 'unrecognized_keys' && twin
        ? `${(issue.keys ?? []).join(', ')}: shared facts live only in the English entry (${twin}); remove from the translation`
        : issue.message,
  }));

function citedIds(body: string): string[] {
  return [...body.matchAll(CITATION_PATTERN)].flatMap((m) => (m[1] ?? '').split(';').map((id) => id.trim().replace(/^@/, '')));
}

/** The default-language entries of every collection, each checked against its schema. */
export function checkEntries(root: string): { problems: ContentProblem[]; entries: Record<CollectionName, RawEntry[]> } {
  const problems: ContentProblem[] = [];
  const entries = {} as Record<CollectionName, RawEntry[]>;
  for (const name of COLLECTION_NAMES) {
    const dir = join(root, 'content', COLLECTIONS[name].dir);
    const files = filesIn(dir);
    for (const names of duplicateSlugs(files.map((f) => relative(dir, f)))) {
      problems.push({ file: `content/${COLLECTIONS[name].dir}`, field: '(file name)', message: `${names.join(' and ')} claim the same slug` });
    }
    entries[name] = [];
    for (const file of files) {
      const entry = readEntry(root, file);
      if ('message' in entry) {
        problems.push(entry);
        continue;
      }
      const result = plainSchemas[name].safeParse(entry.data);
      if (!result.success) {
        problems.push(...zodProblems(entry.file, result.error.issues));
        continue;
      }
      const data = result.data as Record<string, unknown>;
      entries[name].push({ ...entry, data });
      const listed = new Set(((data['sources'] as { id: string }[] | undefined) ?? []).map((s) => s.id));
      for (const id of citedIds(entry.body)) {
        if (!listed.has(id)) problems.push({ file: entry.file, field: 'body', message: `cites [@${id}], which is not in this entry's "sources" list` });
      }
    }
  }
  const all: EntryLike[] = COLLECTION_NAMES.flatMap((name) => entries[name].map((e) => ({ id: e.id, collection: name, filePath: e.file, data: e.data })));
  problems.push(...checkIntegrity(all));
  const risks = new Set(entries.risks.map((r) => r.id));
  for (const [named, id] of Object.entries(NAMED_EXPLAINERS)) {
    if (!risks.has(id)) problems.push({ file: 'src/lib/routing/paths.ts', field: `NAMED_EXPLAINERS.${named}`, message: `no content/risks/${id}.mdx` });
  }
  return { problems, entries };
}

/** One language's translation files, against the default entries: existence, schema, parity and citations. */
export function checkTranslations(root: string, lang: Lang, english: Record<CollectionName, RawEntry[]>, only?: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const name of COLLECTION_NAMES) {
    const c = COLLECTIONS[name];
    const dir = join(root, 'content', lang, c.dir);
    const translated = new Map(filesIn(dir).map((file) => [basename(file, extname(file)), file]));
    const englishById = new Map(english[name].map((e) => [e.id, e]));
    if (!only) {
      for (const [id, entry] of englishById) {
        if (!translated.has(id)) problems.push({ file: `content/${lang}/${c.dir}/${id}${extname(entry.file)}`, field: '(file)', message: `missing; every ${name} entry needs its ${edition(lang).name} translation` });
      }
    }
    for (const [id, file] of translated) {
      const rel = relative(root, file);
      if (only && !only.has(rel)) continue;
      const en = englishById.get(id);
      if (!en) {
        problems.push({ file: rel, field: '(file)', message: `no English entry content/${c.dir}/${id}.*; a translation needs one` });
        continue;
      }
      const entry = readEntry(root, file);
      if ('message' in entry) {
        problems.push(entry);
        continue;
      }
      const result = c.translation.schema(lang).safeParse(entry.data);
      if (!result.success) {
        problems.push(...zodProblems(rel, result.error.issues, en.file));
        continue;
      }
      for (const p of c.translation.parity(en.data, result.data as Record<string, unknown>, lang)) problems.push({ file: rel, ...p });
      for (const p of bodyParity(en.body, entry.body)) problems.push({ file: rel, ...p });
      const allowed = new Set(((en.data['sources'] as { id: string }[] | undefined) ?? []).map((s) => s.id));
      for (const id of citedIds(entry.body)) {
        if (!allowed.has(id)) problems.push({ file: rel, field: 'body', message: `cites [@${id}], which is not in the English entry's sources` });
      }
    }
  }
  return problems;
}

/** Everything, for every published language (or only the given translation files). */
export function checkContent(root: string, only?: string[]): ContentProblem[] {
  const { problems, entries } = checkEntries(root);
  const onlySet = only ? new Set(only.map((f) => relative(root, join(root, f)))) : undefined;
  const langs = TRANSLATED_LANGS.filter((lang) => lang !== DEFAULT_LANG);
  return [...(only ? [] : problems), ...langs.flatMap((lang) => checkTranslations(root, lang, entries, onlySet))];
}
