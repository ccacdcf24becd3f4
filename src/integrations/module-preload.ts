/**
 * Adds `<link rel="modulepreload">` for every module a page's scripts import.
 *
 * Without it the browser learns of a script's imports only once it has parsed
 * the script, and that waits for the main thread to lay out the page: on the
 * search page the shared chunks were fetched about 150 ms after the entry
 * script, and the exact answer waited for them (docs/benchmarks.md). Vite adds
 * these links to an index.html it builds; Astro's pages are not built by Vite,
 * so they are added here, after the build, to the pages that need them.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"/g;
// A static import in Vite's minified output: import{a as b}from"./x.js" or import"./x.js" (never import("…")).
const STATIC_IMPORT = /\bimport\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+\.js)["']/g;

/** Every module that `entry` (a site path such as /_astro/x.js) imports, directly or not, in load order. */
export function staticImports(entry: string, read: (path: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    for (const match of read(path).matchAll(STATIC_IMPORT)) {
      const target = match[1]!.startsWith('/') ? match[1]! : posix.join(posix.dirname(path), match[1]!);
      if (seen.has(target) || target === entry) continue;
      seen.add(target);
      visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

/** The page with a modulepreload link for each import of its module scripts that it does not already load. */
export function withModulePreloads(html: string, importsOf: (script: string) => string[]): string {
  const scripts = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!);
  const wanted = [...new Set(scripts.flatMap(importsOf))].filter((path) => !scripts.includes(path) && !html.includes(`href="${path}"`));
  if (wanted.length === 0) return html;
  const links = wanted.map((path) => `<link rel="modulepreload" href="${path}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}

export function modulePreload(): AstroIntegration {
  return {
    name: 'fiw-module-preload',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const sources = new Map<string, string>();
        const read = (path: string) => {
          let text = sources.get(path);
          if (text === undefined) {
            text = readFileSync(join(out, path), 'utf8');
            sources.set(path, text);
          }
          return text;
        };
        const closures = new Map<string, string[]>();
        const importsOf = (script: string) => {
          let list = closures.get(script);
          if (!list) {
            list = script.startsWith('/') ? staticImports(script, read) : [];
            closures.set(script, list);
          }
          return list;
        };
        let changed = 0;
        for (const name of readdirSync(out, { recursive: true })) {
          if (!String(name).endsWith('.html')) continue;
          const file = join(out, String(name));
          const html = readFileSync(file, 'utf8');
          if (!html.includes('type="module"')) continue;
          const next = withModulePreloads(html, importsOf);
          if (next !== html) {
            writeFileSync(file, next);
            changed++;
          }
        }
        logger.info(`modulepreload links on ${changed} pages`);
      },
    },
  };
}
