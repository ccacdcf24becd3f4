import { describe, expect, it } from 'vitest';
import { staticImports, withModulePreloads } from '../../src/integrations/module-preload.ts';

const files: Record<string, string> = {
  '/_astro/Search.a1.js': 'import{a as b}from"./exact.b2.js";import"./client.c3.js";const x=()=>import("./lazy.d4.js");',
  '/_astro/exact.b2.js': 'import{k}from"./keys.e5.js";export const a=1;',
  '/_astro/client.c3.js': 'export const c=1;',
  '/_astro/keys.e5.js': 'import{a}from"./exact.b2.js";export const k=1;',
  '/_astro/Loader.f6.js': 'const u="/_astro/lazy.d4.js";document.addEventListener("focusin",()=>import(u));',
};
const read = (path: string) => {
  const text = files[path];
  if (text === undefined) throw new Error(`no ${path}`);
  return text;
};

describe('modulepreload links', () => {
  it('follow static imports through shared chunks, never dynamic ones, and survive cycles', () => {
    expect(staticImports('/_astro/Search.a1.js', read)).toEqual(['/_astro/exact.b2.js', '/_astro/keys.e5.js', '/_astro/client.c3.js']);
    expect(staticImports('/_astro/Loader.f6.js', read)).toEqual([]);
  });

  it('are added to the head once, for imports the page does not already load', () => {
    const html =
      '<html><head><link rel="modulepreload" href="/_astro/client.c3.js"></head><body><script type="module" src="/_astro/Search.a1.js"></script><script type="module" src="/_astro/Loader.f6.js"></script></body></html>';
    const next = withModulePreloads(html, (script) => staticImports(script, read));
    expect(next).toContain(
      '<link rel="modulepreload" href="/_astro/exact.b2.js"><link rel="modulepreload" href="/_astro/keys.e5.js"></head>',
    );
    expect(next.match(/client\.c3\.js/g)).toHaveLength(1);
    expect(
      withModulePreloads('<html><head></head><body><script type="module" src="/_astro/Loader.f6.js"></script></body></html>', (s) =>
        staticImports(s, read),
      ),
    ).not.toContain('modulepreload');
  });
});
