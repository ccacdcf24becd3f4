// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { remarkCitations } from './src/lib/markdown/remark-citations.ts';
import { remarkLinks } from './src/lib/markdown/remark-links.ts';
import { DEFAULT_LANG, LANGS, LANG_TAG } from './src/i18n/languages.ts';
import { remarkSafeContent } from './src/lib/markdown/remark-safe-content.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { lazyUrl } from './src/integrations/lazy-url.ts';
import { modulePreload } from './src/integrations/module-preload.ts';

export default defineConfig({
  // The public address is set where the site is deployed; locally it is the preview server.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // The content cache belongs to this folder. Under node_modules (the default) it would be shared with the
  // test fixtures and benchmark sites, which link this node_modules: a build could then reuse another
  // site's rendered entry whose words match but whose file differs (an .mdx read as .md).
  cacheDir: './.cache/astro',
  // Languages come from src/i18n/languages.ts; routes under src/pages/[...lang]/ build every page in each.
  build: { format: 'directory' },
  markdown: {
    // Astro 7's default processor (Sätteri) does not run remark plugins; citations need one.
    processor: unified({ remarkPlugins: [remarkSafeContent, remarkCitations, remarkLinks] }),
  },
  integrations: [
    mdx(),
    shareImages(),
    modulePreload(),
    sitemap({
      filter: (page) => !page.includes('/404'),
      // Each address lists its twins in the other languages (xhtml:link hreflang).
      i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LANGS.map((lang) => [lang, LANG_TAG[lang]])) },
    }),
  ],
  vite: {
    // lazyUrl: a script loaded only when needed, without Vite's preloading helper (src/integrations/lazy-url.ts).
    plugins: [tailwindcss(), lazyUrl()],
    // Never inline scripts into pages: a strict Content-Security-Policy allows only files from this site.
    build: { assetsInlineLimit: 0 },
  },
});
