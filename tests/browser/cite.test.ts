import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, PHONE, useBuiltSite } from './harness.ts';

const CASE = '/cases/donghai-wechat-fake-injectables-network/';
const PRODUCT = '/products/fda-counterfeit-botox-150-units-c3709c3/';
const BLOCKS = ['cite-apa', 'cite-mla', 'cite-chicago-note', 'cite-chicago-bibliography', 'cite-bibtex'];
const BUTTONS = [
  'Copy APA citation',
  'Copy MLA citation',
  'Copy Chicago note citation',
  'Copy Chicago bibliography citation',
  'Copy BibTeX citation',
];

const site = useBuiltSite();

const section = (page: Page) => page.locator('section[aria-labelledby="cite-heading"]');
const blockText = async (page: Page, id: string) => ((await page.locator(`#${id}`).textContent()) ?? '').trim();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/**
 * The date a citation gives, taken from the page's own date list: the last
 * update when there was one, else the first publication. The styles word it
 * differently, so each is returned as that style writes it.
 */
async function citedDate(page: Page) {
  const dates = page.locator('[data-page-dates] time');
  const published = (await dates.nth(0).getAttribute('datetime'))!;
  const labels = await page.locator('[data-page-dates] dt').allTextContents();
  const updatedAt = labels.findIndex((l) => l.includes('Last updated'));
  const updated = updatedAt >= 0 ? (await page.locator('[data-page-dates] dd time').nth(updatedAt).getAttribute('datetime'))! : undefined;
  const [y, m, d] = (updated ?? published).split('-').map(Number) as [number, number, number];
  const us = `${MONTHS[m - 1]} ${d}, ${y}`;
  return {
    apa: `${y}, ${MONTHS[m - 1]} ${d}`,
    mla: `${d} ${MLA_MONTHS[m - 1]} ${y}`,
    chicagoNote: updated ? `last modified ${us}` : us,
    chicagoBibliography: updated ? `Last modified ${us}` : `Published ${us}`,
  };
}

/** The page's permanent address is its canonical link (the build's SITE_URL plus the path). */
async function permanentUrl(page: Page): Promise<string> {
  return (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
}

describe('"Cite this page"', () => {
  it('gives the founding case in four styles with its permanent URL and the access date', async () => {
    const { page, context, errors, cspViolations } = await openPage(site.browser, site.url, { viewport: PHONE });
    await page.goto(site.url + CASE);
    const url = await permanentUrl(page);
    expect(url).toMatch(/\/cases\/donghai-wechat-fake-injectables-network\/$/);
    await expect(section(page).locator('h2').textContent()).resolves.toBe('Cite this page');
    await expect(section(page).locator(`a[href="${url}"]`).count()).resolves.toBe(1);
    for (const id of BLOCKS) expect(await blockText(page, id)).toContain(url);

    const date = await citedDate(page);
    expect(await blockText(page, 'cite-apa')).toMatch(
      new RegExp(`^Fake Injectables Watch\\. \\(${date.apa}\\)\\. Fake beauty injections sold through WeChat: The Donghai network`),
    );
    expect(await blockText(page, 'cite-mla')).toMatch(
      /^"Fake Beauty Injections Sold through WeChat: The Donghai Network, China, 2016–2017\." Fake Injectables Watch, /,
    );
    expect(await blockText(page, 'cite-mla')).toContain(`Fake Injectables Watch, ${date.mla}, `);
    expect(await blockText(page, 'cite-mla')).toMatch(/ Accessed \d{1,2} [A-Z][a-z]+\.? \d{4}\.$/);
    await expect(page.locator('#cite-mla i').textContent()).resolves.toBe('Fake Injectables Watch');
    await expect(page.locator('#cite-apa i').textContent()).resolves.toMatch(/^Fake beauty injections/);
    expect(await blockText(page, 'cite-chicago-note')).toMatch(/^Fake Injectables Watch, "Fake Beauty Injections .*2016–2017," /);
    expect(await blockText(page, 'cite-chicago-note')).toContain(`2016–2017," ${date.chicagoNote}, `);
    expect(await blockText(page, 'cite-chicago-bibliography')).toMatch(/^Fake Injectables Watch\. "Fake Beauty Injections .*2016–2017\." /);
    expect(await blockText(page, 'cite-chicago-bibliography')).toContain(`2016–2017." ${date.chicagoBibliography}. `);
    const bib = await blockText(page, 'cite-bibtex');
    expect(bib).toMatch(/^@misc\{fiw-donghai-wechat-fake-injectables-network,\n {2}author = \{\{Fake Injectables Watch\}\},/);
    expect(bib).toMatch(/\n {2}urldate = \{\d{4}-\d{2}-\d{2}\}(,\n {2}note = \{Last updated \d{1,2} [A-Z][a-z]+ \d{4}\})?\n\}$/);

    // The access date is said to be the build date, and is the one the citations use.
    const note = (await section(page).textContent()) ?? '';
    expect(note).toMatch(/the day this page was built/);
    const accessed = (await section(page).locator('time').getAttribute('datetime'))!;
    expect(bib).toContain(`urldate = {${accessed}}`);

    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('nests the quotation marks of a product name in MLA and Chicago', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    await page.goto(site.url + PRODUCT);
    const url = await permanentUrl(page);
    expect(url).toMatch(/\/products\/fda-counterfeit-botox-150-units-c3709c3\/$/);
    for (const id of BLOCKS) expect(await blockText(page, id)).toContain(url);
    const date = await citedDate(page);
    expect(await blockText(page, 'cite-apa')).toBe(
      `Fake Injectables Watch. (${date.apa}). "BOTOX" 150 Units, "Botulinum Toxin Type A". ${url}`,
    );
    expect(await blockText(page, 'cite-mla')).toMatch(/^"'BOTOX' 150 Units, 'Botulinum Toxin Type A\.'" Fake Injectables Watch, /);
    expect(await blockText(page, 'cite-mla')).toContain(`Fake Injectables Watch, ${date.mla}, `);
    expect(await blockText(page, 'cite-chicago-note')).toBe(
      `Fake Injectables Watch, "'BOTOX' 150 Units, 'Botulinum Toxin Type A,'" ${date.chicagoNote}, ${url}.`,
    );
    expect(await blockText(page, 'cite-bibtex')).toContain('  title = {{"BOTOX" 150 Units, "Botulinum Toxin Type A"}},');
    await context.close();
  });

  it('hides the copy buttons without JavaScript, so the text is all there is', async () => {
    const { page, context } = await openPage(site.browser, site.url, { javaScriptEnabled: false });
    await page.goto(site.url + CASE);
    const buttons = section(page).locator('button');
    expect(await buttons.count()).toBe(BUTTONS.length);
    for (let i = 0; i < BUTTONS.length; i++) await expect(buttons.nth(i).isVisible()).resolves.toBe(false);
    for (const id of BLOCKS) await expect(page.locator(`#${id}`).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('shows named copy buttons with JavaScript; "Copy BibTeX citation" copies the BibTeX and says "Copied"', async () => {
    const { page, context, errors, cspViolations } = await openPage(site.browser, site.url, { viewport: PHONE });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    await page.goto(site.url + CASE);
    for (const name of BUTTONS) await expect(page.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true);

    const live = section(page).locator('[data-copy-status]');
    await expect(live.getAttribute('aria-live')).resolves.toBe('polite');
    await page.getByRole('button', { name: 'Copy BibTeX citation', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('section[aria-labelledby="cite-heading"] [data-copy-status]')?.textContent === 'Copied',
    );
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    const bib = await blockText(page, 'cite-bibtex');
    expect(clipboard).toBe(bib);
    expect(clipboard.startsWith('@misc{fiw-donghai-wechat-fake-injectables-network,')).toBe(true);

    // A second copy (APA, with italics) puts the plain text on the clipboard.
    await page.getByRole('button', { name: 'Copy APA citation', exact: true }).click();
    await page.waitForFunction(() => navigator.clipboard.readText().then((text) => text.startsWith('Fake Injectables Watch. (')));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await blockText(page, 'cite-apa'));

    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});
