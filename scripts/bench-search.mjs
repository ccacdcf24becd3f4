/* global document, window, MutationObserver, requestAnimationFrame */
/**
 * What a reader's browser does for a search, measured in headless Chromium
 * with an empty cache (a new browser context per run) on a locally served
 * build: the time from navigation to the exact answer on screen, and every
 * byte fetched until then (gzipped, as a host that compresses would send
 * it); the same for the first full-text results, with the number of result
 * fragments fetched by then. Used by scripts/bench.mjs.
 */
import { gzipSync } from 'node:zlib';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * One navigation to /search/?q=…, stopped when `selector` matches in the page.
 * The time is taken in the page: the first animation frame after a matching
 * element was inserted, that is when the browser draws it (polling from
 * outside would add the round trip of the driver, 30 to 50 ms here).
 * Returns the milliseconds from the start of navigation and what had been fetched by then.
 */
async function searchOnce(browser, base, path, query, selector) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript((wanted) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(wanted)) return;
      observer.disconnect();
      requestAnimationFrame(() => (window.__benchVisibleAt = performance.now()));
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
  }, selector);
  const page = await context.newPage();
  const finished = [];
  page.on('requestfinished', async (request) => {
    // When the response ended, by the machine's clock (Pagefind's worker fetches count too: they are the page's).
    const timing = request.timing();
    const endedAt = timing.startTime + timing.responseEnd;
    // The page may close while a late response is still being read: that one is not counted.
    const response = await request.response().catch(() => null);
    const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
    finished.push({ url: request.url(), raw: body.length, gzip: gzipSync(body).length, endedAt });
  });
  const started = Date.now();
  await page.goto(`${base}${path}?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__benchVisibleAt !== undefined, undefined, { timeout: 60_000, polling: 'raf' });
  // When the answer was drawn, by the same clock: the driver notices a little later, and by then the page
  // may have asked for more (the next batch of results), which is not counted.
  const { ms, visibleAt } = await page.evaluate(() => ({
    ms: window.__benchVisibleAt,
    visibleAt: performance.timeOrigin + window.__benchVisibleAt,
  }));
  const at = Date.now();
  // Let the 'requestfinished' handlers of responses already in hand settle.
  await page.waitForTimeout(100);
  const fetched = finished.filter((f) => f.endedAt <= visibleAt);
  await context.close();
  return {
    ms,
    wall: at - started,
    gzip: fetched.reduce((sum, f) => sum + f.gzip, 0),
    raw: fetched.reduce((sum, f) => sum + f.raw, 0),
    requests: fetched.length,
    fragments: fetched.filter((f) => f.url.includes('/pagefind/fragment/')).length,
    pagefind: fetched.filter((f) => f.url.includes('/pagefind/')).length,
    files: fetched.map((f) => `${new URL(f.url).pathname} ${f.gzip}`),
  };
}

/** The exact answer (a lot, a name or a brand): visible when the first result card is an exact answer. */
const EXACT_VISIBLE = '#search-results > li[data-exact-answer], #search-results > li[data-exact-lot]';
/** The first full-text result: a result card that is not an exact answer (or the "not found" answer). */
const FULL_TEXT_VISIBLE = '#search-results > li:not([data-exact-answer]):not([data-exact-lot]), #search-empty:not([hidden])';

export async function measureSearch(browser, base, { exact, fullText, runs = 5, path = '/search/' }) {
  const rows = [];
  for (const [kind, query] of exact) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await searchOnce(browser, base, path, query, EXACT_VISIBLE));
    rows.push({
      what: `exact ${kind}`,
      query,
      ms: median(results.map((r) => r.ms)),
      gzip: median(results.map((r) => r.gzip)),
      maxGzip: Math.max(...results.map((r) => r.gzip)),
      pagefind: Math.max(...results.map((r) => r.pagefind)),
      files: results[0].files,
    });
  }
  for (const query of fullText) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await searchOnce(browser, base, path, query, FULL_TEXT_VISIBLE));
    rows.push({
      what: 'full text',
      query,
      ms: median(results.map((r) => r.ms)),
      gzip: median(results.map((r) => r.gzip)),
      raw: median(results.map((r) => r.raw)),
      fragments: Math.max(...results.map((r) => r.fragments)),
      files: results[0].files,
    });
  }
  return rows;
}

/** The naive alternative: one JSON file of every record, fetched and filtered in the page. */
export async function measureNaive(browser, base, file, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/`);
  const ms = await page.evaluate(
    async ([href, q]) => {
      const start = performance.now();
      const data = await (await fetch(href)).json();
      const records = Array.isArray(data) ? data : Object.values(data).find(Array.isArray);
      records.filter((r) => JSON.stringify(r).toLowerCase().includes(q.toLowerCase())).slice(0, 10);
      return performance.now() - start;
    },
    [file, query],
  );
  await context.close();
  return ms;
}
