/**
 * Checks the Chinese translations in content/zh/ against their English
 * entries without building the site: the schema (words only), parity (every
 * piece of English wording translated, lists one to one) and citations (a
 * translation may cite only sources its English entry lists).
 *
 *   npm run check:translations            every translation, plus missing ones
 *   npm run check:translations -- FILE…   only these translation files
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  authorityTranslation,
  caseTranslation,
  productTranslation,
  riskTranslation,
  sourceTranslation,
} from '../src/lib/content/translation-schemas.ts';
import { PARITY, bodyParity, type TranslatedCollection } from '../src/lib/content/translation-parity.ts';
import { CITATION_PATTERN } from '../src/lib/markdown/citations.ts';
import { splitFrontMatter } from '../src/lib/content/front-matter.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const SCHEMAS = {
  products: productTranslation,
  cases: caseTranslation,
  risks: riskTranslation,
  sources: sourceTranslation,
  authorities: authorityTranslation,
} as const;
const COLLECTIONS = Object.keys(SCHEMAS) as TranslatedCollection[];

interface Parsed {
  data: Record<string, unknown>;
  body: string;
}

function read(file: string): Parsed {
  const raw = readFileSync(file, 'utf8');
  if (/\.ya?ml$/.test(file)) return { data: (parseYaml(raw) ?? {}) as Record<string, unknown>, body: '' };
  return splitFrontMatter(raw);
}

const slugOf = (file: string) => basename(file, extname(file));
const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.(mdx?|ya?ml)$/.test(f)).map((f) => join(dir, f)) : []);

function englishTwin(collection: TranslatedCollection, slug: string): string | undefined {
  return filesIn(join(ROOT, 'content', collection)).find((file) => slugOf(file) === slug);
}

function citedIds(body: string): string[] {
  return [...body.matchAll(CITATION_PATTERN)].flatMap((m) => (m[1] ?? '').split(';').map((id) => id.trim().replace(/^@/, '')));
}

function sourceIdsOf(data: Record<string, unknown>): Set<string> {
  return new Set((Array.isArray(data['sources']) ? data['sources'] : []).map(String));
}

export function checkTranslation(collection: TranslatedCollection, file: string): string[] {
  const problems: string[] = [];
  const twin = englishTwin(collection, slugOf(file));
  if (!twin) return [`no English entry content/${collection}/${slugOf(file)}.*; a translation needs one`];
  let zh: Parsed;
  let en: Parsed;
  try {
    zh = read(file);
    en = read(twin);
  } catch (error) {
    return [(error as Error).message];
  }
  const result = SCHEMAS[collection].safeParse(zh.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || '(front matter)';
      const message = issue.code === 'unrecognized_keys'
        ? `${issue.keys.join(', ')}: shared facts live only in the English entry (${relative(ROOT, twin)}); remove from the translation`
        : issue.message;
      problems.push(`${field}: ${message}`);
    }
    return problems;
  }
  for (const problem of PARITY[collection](en.data, result.data as Record<string, unknown>)) problems.push(`${problem.field}: ${problem.message}`);
  const allowed = sourceIdsOf(en.data);
  for (const id of citedIds(zh.body)) {
    if (!allowed.has(id)) problems.push(`body: cites [@${id}], which is not in the English entry's sources`);
  }
  for (const problem of bodyParity(en.body, zh.body)) problems.push(`${problem.field}: ${problem.message}`);
  return problems;
}

function main(args: string[]) {
  const targets: [TranslatedCollection, string][] = [];
  const missing: string[] = [];
  if (args.length > 0) {
    for (const arg of args) {
      const collection = COLLECTIONS.find((c) => arg.includes(`/zh/${c}/`) || arg.includes(`zh/${c}/`));
      if (!collection) throw new Error(`${arg}: not under content/zh/<collection>/`);
      targets.push([collection, arg]);
    }
  } else {
    for (const collection of COLLECTIONS) {
      const translated = new Set(filesIn(join(ROOT, 'content/zh', collection)).map(slugOf));
      for (const file of filesIn(join(ROOT, 'content/zh', collection))) targets.push([collection, file]);
      for (const file of filesIn(join(ROOT, 'content', collection))) {
        if (!translated.has(slugOf(file))) missing.push(`content/zh/${collection}/${slugOf(file)}${extname(file)}`);
      }
    }
  }
  let failed = 0;
  for (const [collection, file] of targets) {
    const problems = checkTranslation(collection, file);
    if (problems.length > 0) {
      failed += 1;
      console.log(`✗ ${relative(ROOT, join(process.cwd(), file)).replace(/^(\.\.\/)+/, '')}`);
      for (const problem of problems) console.log(`    ${problem}`);
    }
  }
  console.log(`${targets.length - failed} of ${targets.length} translations pass`);
  if (missing.length > 0) console.log(`${missing.length} entries not yet translated:\n  ${missing.join('\n  ')}`);
  if (failed > 0) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
