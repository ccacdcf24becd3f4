// Screenshots of key pages at phone and desktop widths, light and dark, for people to look at.
// Usage: npm run screenshots [-- /path/ ...]   (expects a built dist/)
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { startServer } from './static-server.mjs';

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      '/',
      '/cases/donghai-wechat-fake-injectables-network/',
      '/risks/botulinum-toxin/',
      '/products/',
      '/products/fda-counterfeit-botox-150-units-c3709c3/',
      '/search/?q=botox',
    ];
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const server = await startServer({ root: 'dist' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
for (const path of paths) {
  for (const [label, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1280, height: 900 }],
  ]) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(server.url + path);
      if (path.startsWith('/search/')) await page.waitForTimeout(800);
      const name = `${out}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${label}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
      console.log(name);
      await context.close();
    }
  }
}
await browser.close();
await server.close();
