/** The file-based gates can fail: each is shown a page that breaks its rule. */
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import {
  foreignResources,
  headProblems,
  pagesWithoutContent,
  sampleByTemplate,
  stringPairs,
  templateOf,
  untranslatedInterface,
  type BuiltPage,
} from '../audit/static.ts';
import { langFromPath } from '../../src/i18n/languages.ts';
import { en } from '../../src/i18n/ui.en.ts';
import { zh } from '../../src/i18n/ui.zh.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
function page(path: string, body: string, head = ''): BuiltPage {
  const lang = langFromPath(path);
  const html = `<!doctype html><html lang="${lang === 'zh' ? 'zh-Hans' : 'en'}"><head>${head}</head><body>${body}</body></html>`;
  return { path, file: '', lang, template: templateOf(path), html, tree: fromHtml(html) };
}

describe('file-based gates', () => {
  it('find a page with no heading, or too little content without JavaScript', () => {
    const ok = page('/cases/a/', `<main><h1>Title</h1><p>${words(30)}</p></main>`);
    const noHeading = page('/cases/b/', `<main><p>${words(30)}</p></main>`);
    const hiddenOnly = page('/cases/c/', `<main><h1>Title</h1><div hidden>${words(30)}</div><template>${words(30)}</template></main>`);
    expect(pagesWithoutContent([ok, noHeading, hiddenOnly])).toEqual(['/cases/b/: no heading', '/cases/c/: only 1 words']);
  });

  it('find a script, stylesheet or image from another site, but not a link to one', () => {
    const p = page(
      '/',
      '<script src="https://cdn.example/x.js"></script><img src="//img.example/a.png"><a href="https://example.org/">out</a>',
      '<link rel="stylesheet" href="https://fonts.example/f.css"><link rel="canonical" href="https://site.example/">',
    );
    expect(foreignResources([p], []).sort()).toEqual([
      '/: //img.example/a.png',
      '/: https://cdn.example/x.js',
      '/: https://fonts.example/f.css',
    ]);
  });

  it('find an English interface phrase on a Chinese page, but not content quoted in its own language', () => {
    const leak = page(
      '/zh/cases/a/',
      '<main><h1>标题</h1><a href="https://x.example">链接<span class="sr-only"> (external site)</span></a></main>',
    );
    const quoted = page(
      '/zh/cases/b/',
      '<main><h1>标题</h1><span lang="en">Cite this page</span><pre translate="no">Cite this page</pre></main>',
    );
    const pairs = () => stringPairs(en, zh);
    expect(untranslatedInterface([leak, quoted], pairs)).toEqual(['/zh/cases/a/: "(external site)"']);
  });

  it('find an error page with a canonical address', () => {
    const notFound = page('/zh/404/', '<main><h1>404</h1></main>', '<link rel="canonical" href="/zh/404/">');
    expect(headProblems([notFound])).toContain('/zh/404/: an error page must not have a canonical link');
  });

  it('sample the largest and the first page of each template in each language', () => {
    const pages = [
      '/products/a/',
      '/products/b/',
      '/products/c/',
      '/products/d/',
      '/zh/products/a/',
      '/zh/products/b/',
      '/zh/products/c/',
      '/cases/',
    ].map((p, i) => page(p, 'x'.repeat(i === 2 || i === 5 ? 500 : 10)));
    expect(sampleByTemplate(pages).map((p) => p.path)).toEqual([
      '/cases/',
      '/products/a/',
      '/products/c/',
      '/zh/products/a/',
      '/zh/products/b/',
    ]);
    expect(sampleByTemplate(pages, 3).map((p) => p.path)).toContain('/products/d/');
  });
});
