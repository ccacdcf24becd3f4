/**
 * Writes a pseudo-localised translation of every content entry into
 * content/<lang>/ (default: xa, the registry's pseudo-locale), generated from
 * the English entries: every piece of wording a translation must carry, run
 * through pseudo() so that it reads as accented, longer English. With the
 * dictionary's own pseudo-localisation (src/i18n/pseudo.ts) and
 * FIW_PSEUDO_LOCALE=1, a build then shows any interface text that did not go
 * through a dictionary. Used by tests/browser/pseudo-locale.test.ts on a copy
 * of the site; never run on the real content folder.
 *
 *   node scripts/pseudo-locale.ts <site root> [lang]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../src/lib/content/collections.ts';
import { splitFrontMatter } from '../src/lib/content/front-matter.ts';
import { pseudo, pseudoMarkdown } from '../src/i18n/pseudo.ts';

type Data = Record<string, unknown>;
const list = (value: unknown): Data[] => (Array.isArray(value) ? (value as Data[]) : []);
const str = (value: unknown) => (typeof value === 'string' && value.trim() ? pseudo(value) : undefined);
const defined = (data: Data): Data =>
  Object.fromEntries(
    Object.entries(data).filter(
      ([, v]) =>
        v !== undefined &&
        !(Array.isArray(v) && v.length === 0) &&
        !(v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0),
    ),
  );
const changelog = (d: Data) => list(d['changelog']).map((c) => ({ change: pseudo(String(c['change'])) }));
const keyed = (items: Data[], key: string, text: string) =>
  Object.fromEntries(items.filter((i) => typeof i[text] === 'string').map((i) => [String(i[key]), pseudo(String(i[text]))]));

/** The words a translation of each collection carries, as src/lib/content/translation-schemas.ts defines them. */
const WORDS: Record<CollectionName, (d: Data) => Data> = {
  sources: (d) => defined({ title: str(d['title']), publisher: str(d['publisher']), note: str(d['note']) }),
  authorities: (d) => ({
    name: pseudo(String(d['name'])),
    report: list(d['report']).map((r) => defined({ label: pseudo(String(r['label'])), detail: str(r['detail']) })),
  }),
  products: (d) =>
    defined({
      title: str(d['title']),
      statusWording: str(d['statusWording']),
      alertTitle: pseudo(String((d['alert'] as Data)['title'])),
      claimedMaker: str(d['claimedMaker']),
      strength: str(d['strength']),
      recognisedBy: str(d['recognisedBy']),
      whereFound: pseudo(String(d['whereFound'])),
      harm: str(d['harm']),
      tells: list(d['tells']).map((t) => pseudo(String(t))),
      authorityWords: list(d['authorityWords']).map((q) => ({ translation: pseudo(String(q['translation'] ?? q['text'])) })),
      lotNotes: keyed(list(d['lots']), 'lot', 'note'),
      aliasNotes: keyed(list(d['aliases']), 'name', 'note'),
      identifierLabels: keyed(list(d['identifiers']), 'label', 'label'),
      changelog: changelog(d),
    }),
  cases: (d) =>
    defined({
      title: pseudo(String(d['title'])),
      summary: pseudo(String(d['summary'])),
      place: pseudo(String(d['place'])),
      keyFacts: list(d['keyFacts']).map((f) => ({ label: pseudo(String(f['label'])), value: pseudo(String(f['value'])) })),
      timeline: list(d['timeline']).map((t) => ({ when: pseudo(String(t['when'])), event: pseudo(String(t['event'])) })),
      people: list(d['people']).map((p) => defined({ role: pseudo(String(p['role'])), name: p['nameLocal'] ? undefined : str(p['name']) })),
      changelog: changelog(d),
    }),
  risks: (d) => defined({ title: pseudo(String(d['title'])), summary: pseudo(String(d['summary'])), changelog: changelog(d) }),
  brands: (d) =>
    defined({
      maker: d['maker'] ? {} : undefined,
      names: list(d['names']).map((n) => defined({ note: str(n['note']) })),
      approvals: list(d['approvals']).map((a) => defined({ note: str(a['note']) })),
      genuine: list(d['genuine']).map((g) => ({ text: pseudo(String(g['text'])) })),
      changelog: changelog(d),
    }),
  countries: (d) =>
    defined({
      checkProduct: list(d['checkProduct']).map((g) => ({ text: pseudo(String(g['text'])) })),
      checkInjector: list(d['checkInjector']).map((g) => ({ text: pseudo(String(g['text'])) })),
      report: list(d['report']).map((g) => ({ text: pseudo(String(g['text'])) })),
      searches: list(d['searches']).map((s) => defined({ scope: pseudo(String(s['scope'])), body: str(s['body']), note: str(s['note']) })),
      gaps: list(d['gaps']).map((g) => pseudo(String(g))),
      changelog: changelog(d),
    }),
  pages: (d) =>
    defined({
      title: pseudo(String(d['title'])),
      heading: str(d['heading']),
      navLabel: str(d['navLabel']),
      summary: pseudo(String(d['summary'])),
      changelog: changelog(d),
    }),
};

export function writePseudoLocale(root: string, lang = 'xa'): number {
  let written = 0;
  for (const name of COLLECTION_NAMES) {
    const dir = join(root, 'content', COLLECTIONS[name].dir);
    const out = join(root, 'content', lang, COLLECTIONS[name].dir);
    mkdirSync(out, { recursive: true });
    for (const file of readdirSync(dir).filter((f) => /\.(mdx?|ya?ml)$/.test(f))) {
      const raw = readFileSync(join(dir, file), 'utf8');
      if (/\.ya?ml$/.test(file)) {
        writeFileSync(join(out, file), stringify(WORDS[name]((parseYaml(raw) ?? {}) as Data), { defaultStringType: 'QUOTE_DOUBLE' }));
      } else {
        const { data, body } = splitFrontMatter(raw);
        writeFileSync(
          join(out, `${basename(file, extname(file))}${extname(file)}`),
          `---\n${stringify(WORDS[name](data), { defaultStringType: 'QUOTE_DOUBLE' })}---\n${pseudoMarkdown(body)}`,
        );
      }
      written++;
    }
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root, lang] = process.argv.slice(2);
  if (!root) throw new Error('usage: node scripts/pseudo-locale.ts <site root> [lang]');
  console.log(`${writePseudoLocale(root, lang)} pseudo-localised translations written`);
}
