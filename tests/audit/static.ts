/**
 * Gates that read the built files, for every page: what a browser without
 * JavaScript shows (a heading and real content in <main>), that nothing is
 * loaded from another site, the bytes a first visit needs against the
 * budget of the page's template, and the head every page must carry. The
 * files are what any host serves, so no browser is needed to check them,
 * and the cost per page is a parse, not a page load.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';
import { LANGS, LANG_TAG, langFromPath, neutralPath, type Lang } from '../../src/i18n/languages.ts';

export type Template =
  | 'home'
  | 'case'
  | 'case list'
  | 'explainer'
  | 'explainer list'
  | 'product'
  | 'product list'
  | 'lot'
  | 'lot list'
  | 'brand'
  | 'brand list'
  | 'country'
  | 'country list'
  | 'coverage'
  | 'search'
  | 'page';

export function templateOf(localisedPath: string): Template {
  // A page in any language has the template of its default-language twin.
  const path = neutralPath(localisedPath);
  if (path === '/') return 'home';
  const [section, slug] = path.split('/').filter(Boolean);
  if (section === 'search') return 'search';
  if (section === 'coverage') return 'coverage';
  const lists: Record<string, Template> = {
    cases: 'case list',
    risks: 'explainer list',
    products: 'product list',
    lots: 'lot list',
    brands: 'brand list',
    countries: 'country list',
  };
  const items: Record<string, Template> = {
    cases: 'case',
    risks: 'explainer',
    products: 'product',
    lots: 'lot',
    brands: 'brand',
    countries: 'country',
  };
  if (section && section in lists) {
    if (!slug || (section === 'products' && slug === 'page')) return lists[section]!;
    return items[section]!;
  }
  return 'page';
}

/**
 * Bytes a first visit needs, per template: the HTML and every stylesheet and
 * script it loads (with their imports), without the search index. Measured
 * figures and the reasoning are in docs/quality-gates.md.
 */
export const BUDGETS: Record<Template, { total: number; js: number }> = {
  home: { total: 90_000, js: 500 },
  case: { total: 130_000, js: 3_000 },
  'case list': { total: 85_000, js: 500 },
  explainer: { total: 155_000, js: 3_000 },
  'explainer list': { total: 55_000, js: 500 },
  product: { total: 80_000, js: 3_000 },
  'product list': { total: 130_000, js: 8_000 },
  lot: { total: 60_000, js: 500 },
  'lot list': { total: 80_000, js: 500 },
  brand: { total: 230_000, js: 500 },
  'brand list': { total: 70_000, js: 500 },
  country: { total: 130_000, js: 500 },
  'country list': { total: 85_000, js: 500 },
  coverage: { total: 125_000, js: 500 },
  search: { total: 70_000, js: 20_000 },
  page: { total: 95_000, js: 500 },
};

export interface BuiltPage {
  /** The site path: "/", "/zh/cases/x/", "/404.html". */
  path: string;
  file: string;
  lang: Lang;
  template: Template;
  html: string;
  tree: Root;
}

/** Every HTML page of the built site (never a hand-kept list), parsed once. Redirect stubs are tested on their own. */
export function readPages(dist: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  for (const name of readdirSync(dist, { recursive: true }).map(String)) {
    if (!name.endsWith('.html')) continue;
    const file = join(dist, name);
    const html = readFileSync(file, 'utf8');
    if (html.includes('http-equiv="refresh"')) continue;
    const rel = `/${name.replace(/\\/g, '/')}`;
    const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    let tree: Root | undefined;
    pages.push({
      path,
      file,
      lang: langFromPath(path),
      template: templateOf(path),
      html,
      // Parsed when a check first needs it.
      get tree() {
        return (tree ??= fromHtml(html));
      },
    });
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

function walk(node: Nodes, visit: (el: Element, ancestors: Element[]) => boolean | void, ancestors: Element[] = []): void {
  if (node.type === 'element') {
    if (visit(node, ancestors) === false) return;
    ancestors = [...ancestors, node];
  }
  if ('children' in node) for (const child of node.children) walk(child, visit, ancestors);
}

const find = (root: Nodes, test: (el: Element) => boolean): Element[] => {
  const found: Element[] = [];
  walk(root, (el) => {
    if (test(el)) found.push(el);
  });
  return found;
};

/** The text a reader sees without JavaScript: no scripts, templates or hidden elements. */
export function visibleText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    if (['script', 'style', 'template', 'noscript'].includes(node.tagName) || node.properties['hidden'] !== undefined) return '';
  }
  if ('children' in node) return node.children.map(visibleText).join(' ');
  return '';
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
export const countWords = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).length;

/** Pages whose main content is missing or thin without JavaScript: no heading in <main>, or under 25 words. */
export function pagesWithoutContent(pages: BuiltPage[]): string[] {
  return pages.flatMap((page) => {
    const main = find(page.tree, (el) => el.tagName === 'main')[0];
    if (!main) return [`${page.path}: no <main>`];
    const h1 = find(main, (el) => el.tagName === 'h1')[0];
    if (!h1 || !visibleText(h1).trim()) return [`${page.path}: no heading`];
    const words = countWords(visibleText(main));
    return words < 25 ? [`${page.path}: only ${words} words`] : [];
  });
}

/** Anything a page would load from another site: scripts, styles, images, frames, fonts, media. */
export function foreignResources(pages: BuiltPage[], css: string[]): string[] {
  const loads = (el: Element): string[] => {
    const p = el.properties;
    const rel = ([] as unknown[]).concat(p['rel'] ?? []).map(String);
    if (el.tagName === 'link' && !rel.some((r) => ['stylesheet', 'icon', 'preload', 'modulepreload', 'manifest', 'prefetch'].includes(r)))
      return [];
    if (el.tagName === 'a' || el.tagName === 'form' || el.tagName === 'meta') return [];
    return ['src', 'href', 'data', 'poster', 'srcSet'].flatMap((key) => (typeof p[key] === 'string' ? [p[key] as string] : []));
  };
  const external = (url: string) => /^(https?:)?\/\//i.test(url.trim());
  const fromPages = pages.flatMap((page) =>
    find(page.tree, () => true)
      .flatMap(loads)
      .filter(external)
      .map((url) => `${page.path}: ${url}`),
  );
  const fromCss = css.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/gi)].map((m) => `${file}: ${m[1]}`),
  );
  return [...fromPages, ...fromCss];
}

/** The bytes of a built file, and of every module it imports, counted once. */
function moduleGraphBytes(dist: string, file: string, seen: Set<string>): number {
  if (seen.has(file) || !existsSync(file)) return 0;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  let bytes = statSync(file).size;
  for (const match of text.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js|\/_astro\/[^"']+\.js)["']/g)) {
    const spec = match[1]!;
    bytes += moduleGraphBytes(dist, spec.startsWith('/') ? join(dist, spec) : join(dirname(file), spec), seen);
  }
  return bytes;
}

export interface PageBytes {
  path: string;
  template: Template;
  html: number;
  css: number;
  js: number;
  total: number;
}

/** What a first visit to each page downloads, from the files: HTML, stylesheets, scripts and their imports. */
export function pageBytes(dist: string, pages: BuiltPage[]): PageBytes[] {
  return pages.map((page) => {
    const css = new Set<string>();
    const js = new Set<string>();
    walk(page.tree, (el) => {
      const p = el.properties;
      const rel = ([] as unknown[]).concat(p['rel'] ?? []).map(String);
      if (el.tagName === 'link' && rel.includes('stylesheet') && typeof p['href'] === 'string') css.add(join(dist, p['href']));
      if (el.tagName === 'script' && typeof p['src'] === 'string') js.add(join(dist, p['src']));
    });
    const cssBytes = [...css].reduce((sum, f) => sum + (existsSync(f) ? statSync(f).size : 0), 0);
    const seen = new Set<string>();
    const jsBytes = [...js].reduce((sum, f) => sum + moduleGraphBytes(dist, f, seen), 0);
    const html = Buffer.byteLength(page.html);
    return { path: page.path, template: page.template, html, css: cssBytes, js: jsBytes, total: html + cssBytes + jsBytes };
  });
}

export function overBudget(bytes: PageBytes[]): string[] {
  return bytes.flatMap((b) => {
    const budget = BUDGETS[b.template];
    const out: string[] = [];
    if (b.total > budget.total) out.push(`${b.path} (${b.template}): ${b.total} bytes > ${budget.total}`);
    if (b.js > budget.js) out.push(`${b.path} (${b.template}): ${b.js} bytes of JS > ${budget.js}`);
    return out;
  });
}

/** The head every page carries: its language, hreflang links to each twin, a canonical link (not on error pages) and the feed. */
export function headProblems(pages: BuiltPage[]): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    const html = find(page.tree, (el) => el.tagName === 'html')[0];
    if (html?.properties['lang'] !== LANG_TAG[page.lang])
      problems.push(`${page.path}: <html lang="${String(html?.properties['lang'])}">, expected ${LANG_TAG[page.lang]}`);
    const links = find(page.tree, (el) => el.tagName === 'link');
    const rel = (el: Element) => ([] as unknown[]).concat(el.properties['rel'] ?? []).map(String);
    const hreflangs = new Set(links.filter((l) => rel(l).includes('alternate')).map((l) => String(l.properties['hrefLang'] ?? '')));
    for (const lang of LANGS) if (!hreflangs.has(LANG_TAG[lang])) problems.push(`${page.path}: no hreflang link for ${LANG_TAG[lang]}`);
    const notFound = neutralPath(page.path) === '/404.html' || neutralPath(page.path) === '/404/';
    const canonical = links.some((l) => rel(l).includes('canonical'));
    if (notFound && canonical) problems.push(`${page.path}: an error page must not have a canonical link`);
    if (!notFound && !canonical) problems.push(`${page.path}: no canonical link`);
    if (!links.some((l) => rel(l).includes('alternate') && l.properties['type'] === 'application/atom+xml'))
      problems.push(`${page.path}: no feed link`);
  }
  return problems;
}

/**
 * The words of a page written for its reader in the page's language: the
 * visible text without code, names and quotations marked with another
 * language, and facts marked translate="no" (lot numbers, file names,
 * citations), which are the same in every language.
 */
export function readerText(page: BuiltPage): string {
  const collect = (node: Nodes): string => {
    if (node.type === 'text') return node.value;
    if (node.type === 'element') {
      const p = node.properties;
      if (['script', 'style', 'template', 'code', 'pre'].includes(node.tagName) || p['hidden'] !== undefined) return '';
      if (p['translate'] === 'no') return '';
      if (typeof p['lang'] === 'string' && p['lang'] !== LANG_TAG[page.lang]) return '';
    }
    return 'children' in node ? node.children.map(collect).join(' ') : '';
  };
  return collect(find(page.tree, (el) => el.tagName === 'body')[0] ?? page.tree).replace(/\s+/g, ' ');
}

/** Pairs of (default-language string, this language's string) at the same place in two dictionaries. */
export function stringPairs(english: unknown, translated: unknown): [string, string][] {
  if (typeof english === 'string') return [[english, typeof translated === 'string' ? translated : '']];
  if (Array.isArray(english)) return english.flatMap((item, i) => stringPairs(item, (translated as unknown[] | undefined)?.[i]));
  if (english && typeof english === 'object') {
    return Object.entries(english).flatMap(([key, value]) =>
      stringPairs(value, (translated as Record<string, unknown> | undefined)?.[key]),
    );
  }
  return [];
}

/**
 * Interface words of the default language left on a page in another
 * language: every English dictionary phrase of two words or more that the
 * page's own dictionary words differently and that no content file uses
 * (so it can only have come from the dictionary), found in the page's
 * visible text outside quotations and names marked with their own language
 * or translate="no".
 */
export function untranslatedInterface(
  pages: BuiltPage[],
  pairsFor: (lang: Lang) => [string, string][],
  properNames: string[] = [],
  contentText = '',
): string[] {
  const problems: string[] = [];
  const phrasesOf = new Map<Lang, string[]>();
  const phrasesFor = (lang: Lang): string[] => {
    let phrases = phrasesOf.get(lang);
    if (!phrases) {
      phrases = [
        ...new Set(
          pairsFor(lang)
            // A proper name (the site's English name) may appear anywhere; a phrase that content also uses may be content.
            .filter(([english, translated]) => english !== translated && !properNames.includes(english))
            // Around a placeholder only a longer fragment is distinctive ("Found in the {language} edition").
            .flatMap(([english]) =>
              /\{\w+\}/.test(english) ? english.split(/\{\w+\}/).filter((s) => s.trim().split(/\s+/).length >= 4) : [english],
            )
            .map((s) => s.trim())
            .filter((s) => s.split(/\s+/).length >= 2 && /[a-z]{3}/i.test(s) && !contentText.includes(s)),
        ),
      ];
      phrasesOf.set(lang, phrases);
    }
    return phrases;
  };
  for (const page of pages.filter((p) => p.lang !== 'en')) {
    const phrases = phrasesFor(page.lang);
    const text = readerText(page);
    for (const phrase of phrases) if (text.includes(phrase)) problems.push(`${page.path}: "${phrase}"`);
  }
  return problems;
}

/** Several pages of each template in each language, for the checks that need a real browser. */
/**
 * Pages for the browser gates: of each template in each language, the largest
 * page (most to check) and the first, then the last and the next largest if
 * asked for more. Two of each keep axe's run inside the suite's time budget
 * (docs/quality-gates.md); `npm run audit:site` checks every page.
 */
export function sampleByTemplate(pages: BuiltPage[], perGroup = 2): BuiltPage[] {
  const groups = new Map<string, BuiltPage[]>();
  for (const page of pages) groups.set(`${page.lang}:${page.template}`, [...(groups.get(`${page.lang}:${page.template}`) ?? []), page]);
  const chosen = new Set<BuiltPage>();
  for (const group of groups.values()) {
    const heaviest = [...group].sort((a, b) => b.html.length - a.html.length);
    for (const page of [heaviest[0], group[0], group[group.length - 1], ...heaviest.slice(1)]) {
      if ([...chosen].filter((p) => p.lang === page!.lang && p.template === page!.template).length >= perGroup) break;
      if (page) chosen.add(page);
    }
  }
  return [...chosen].sort((a, b) => a.path.localeCompare(b.path));
}

export const relativeTo = (root: string, file: string) => relative(root, file);
