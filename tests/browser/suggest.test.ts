/**
 * Suggestions under the search boxes (src/scripts/suggest.ts and
 * suggest-combobox.ts) on the built site, served with its real headers: an
 * ARIA combobox that loads nothing until a box is focused, goes to the
 * chosen page in the reader's edition by keyboard or by pointer, leaves
 * Enter with nothing chosen to the form, passes axe with its list open, and
 * breaks no CSP rule.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, PHONE, useBuiltSite } from './harness.ts';
import { CONFIGS, runAxe } from '../audit/site.ts';

const site = useBuiltSite();

const CONTENT_PAGE = '/cases/donghai-wechat-fake-injectables-network/';
const isSuggestionFile = (url: string) => /\/exact\/[^/]+\/suggest\//.test(url);
const isCombobox = (url: string) => /\/_astro\/suggest-combobox\.[^/]+\.js$/.test(url);

/** Type into a box and wait for its list to show suggestions for what was typed. */
async function typeAndWait(page: Page, box: string, text: string): Promise<void> {
  await page.locator(box).click();
  await page.locator(box).pressSequentially(text, { delay: 30 });
  await page.waitForFunction(
    ([selector]) => {
      const input = document.querySelector<HTMLInputElement>(selector!);
      const list = input && document.getElementById(input.getAttribute('aria-controls') ?? '');
      return Boolean(list && !list.hidden && list.children.length > 0 && input.getAttribute('aria-expanded') === 'true');
    },
    [box],
  );
}

const options = (page: Page, box: string) =>
  page.evaluate((selector) => {
    const input = document.querySelector<HTMLInputElement>(selector)!;
    const list = document.getElementById(input.getAttribute('aria-controls')!)!;
    return [...list.querySelectorAll<HTMLElement>('[role="option"]')].map((option) => ({
      label: option.querySelector('.suggest-label')?.textContent ?? '',
      lang: option.querySelector('.suggest-label')?.getAttribute('lang') ?? null,
      kind: option.querySelector('.suggest-kind')?.textContent ?? '',
      height: option.getBoundingClientRect().height,
    }));
  }, box);

describe('suggestions under the search box', () => {
  it('loads nothing before a box is focused, then only the combobox and one suggestion file', async () => {
    const { page, context, cspViolations, errors } = await openPage(site.browser, site.url, { viewport: PHONE });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(site.url + CONTENT_PAGE, { waitUntil: 'load' });
    // The skip link takes the first Tab: the page is used, the box is not.
    await page.keyboard.press('Tab');
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(300);
    expect(requests.filter(isCombobox)).toEqual([]);
    expect(requests.filter(isSuggestionFile)).toEqual([]);
    expect(requests.filter((url) => url.includes('/exact/'))).toEqual([]);

    await page.locator('#header-search').focus();
    await page.waitForFunction(() => document.querySelector('#header-search')?.getAttribute('role') === 'combobox');
    expect(requests.filter(isCombobox)).toHaveLength(1);
    expect(requests.filter((url) => url.includes('/exact/'))).toEqual([]);

    await page.keyboard.type('b');
    await page.waitForTimeout(300);
    // One character is not enough to suggest anything.
    expect(requests.filter((url) => url.includes('/exact/'))).toEqual([]);
    await page.keyboard.type('ot');
    await page.waitForSelector('#header-search-suggestions [role="option"]');
    expect(requests.filter((url) => url.includes('/exact/'))).toEqual([requests.find(isSuggestionFile)]);
    expect(cspViolations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is an ARIA combobox: "bot" shows Botox (brand) first, Down marks it, Enter opens /brands/botox/', async () => {
    const { page, context, cspViolations, errors } = await openPage(site.browser, site.url);
    await page.goto(site.url + CONTENT_PAGE);
    await typeAndWait(page, '#header-search', 'bot');
    const box = page.locator('#header-search');
    await expect(box.getAttribute('role')).resolves.toBe('combobox');
    await expect(box.getAttribute('aria-autocomplete')).resolves.toBe('list');
    await expect(box.getAttribute('aria-controls')).resolves.toBe('header-search-suggestions');
    await expect(page.locator('#header-search-suggestions').getAttribute('role')).resolves.toBe('listbox');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBeNull();
    const shown = await options(page, '#header-search');
    expect(shown[0]).toMatchObject({ label: 'Botox', kind: 'Brand', lang: null });
    expect(shown.length).toBeLessThanOrEqual(8);
    for (const option of shown) expect(option.height).toBeGreaterThanOrEqual(44);

    await page.keyboard.press('ArrowDown');
    const first = page.locator('#header-search-suggestions [role="option"]').first();
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(await first.getAttribute('id'));
    await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
    // Focus stays in the box; the active option is shown by colour and outline.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('header-search');
    await expect(first.evaluate((el) => getComputedStyle(el).outlineStyle)).resolves.toBe('solid');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/brands/botox/`);
    expect(cspViolations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('goes to the page in the reader’s edition: /zh/brands/botox/ from the Chinese edition, with Chinese words', async () => {
    const { page, context, cspViolations } = await openPage(site.browser, site.url, { viewport: PHONE });
    await page.goto(`${site.url}/zh${CONTENT_PAGE}`);
    await typeAndWait(page, '#header-search', 'bot');
    const shown = await options(page, '#header-search');
    expect(shown[0]).toMatchObject({ label: 'Botox', kind: '品牌' });
    await expect(page.locator('#header-search-suggestions').getAttribute('aria-label')).resolves.toBe('搜索建议');
    // A record's English title shown on a Chinese page carries its language.
    const titled = shown.filter((o) => o.kind === '产品' || /条记录/.test(o.kind));
    for (const option of titled) if (!/\p{Script=Han}/u.test(option.label)) expect(option.lang, option.label).toBe('en');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/zh/brands/botox/`);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('suggests a lot from part of its number, and a tap on it opens the lot page', async () => {
    const { page, context, cspViolations } = await openPage(site.browser, site.url, { viewport: PHONE });
    await page.goto(site.url + CONTENT_PAGE);
    await typeAndWait(page, '#header-search', 'c3709');
    const shown = await options(page, '#header-search');
    expect(shown[0]).toMatchObject({ label: 'C3709C3', kind: 'Lot' });
    // The list must stay open while the pointer is down on an option (the box loses no focus).
    await page.locator('#header-search-suggestions [role="option"]', { hasText: 'C3709C3' }).first().click();
    await page.waitForURL(`${site.url}/lots/c3709c3/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('C3709C3');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows records that share a name once, with their number, leading to the search results', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    await page.goto(site.url + CONTENT_PAGE);
    await typeAndWait(page, '#header-search', 'botox');
    const shown = await options(page, '#header-search');
    const labels = shown.map((o) => `${o.label}|${o.kind}`);
    expect(new Set(labels).size).toBe(labels.length);
    const group = shown.findIndex((o) => /^\d+ records$/.test(o.kind));
    expect(group).toBeGreaterThan(0);
    await page.locator('#header-search-suggestions [role="option"]').nth(group).click();
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === shown[group]!.label);
    await context.close();
  });

  it('leaves Enter with no option chosen to the form, as before', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    await page.goto(site.url + CONTENT_PAGE);
    await typeAndWait(page, '#header-search', 'bot');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/search/?q=bot`);
    await context.close();
  });

  it('closes on Escape with focus kept in the box, empties the box on a second Escape, and closes on Tab and on leaving', async () => {
    const { page, context, cspViolations } = await openPage(site.browser, site.url);
    await page.goto(site.url + CONTENT_PAGE);
    const box = page.locator('#header-search');
    const list = page.locator('#header-search-suggestions');
    await typeAndWait(page, '#header-search', 'bot');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(list.isHidden()).resolves.toBe(true);
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBeNull();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('header-search');
    await expect(box.inputValue()).resolves.toBe('bot');
    // Down opens the same list again, on its first option.
    await page.keyboard.press('ArrowDown');
    await expect(list.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(box.inputValue()).resolves.toBe('');

    await typeAndWait(page, '#header-search', 'bot');
    await page.keyboard.press('Tab');
    await expect(list.isHidden()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.not.toBe('header-search');

    // Back in the box, typing opens it again; a click elsewhere closes it.
    await typeAndWait(page, '#header-search', 'o');
    await expect(box.inputValue()).resolves.toBe('boto');
    // A click beside the page's content, well away from the list.
    await page.mouse.click(1275, 895);
    await expect(list.isHidden()).resolves.toBe(true);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('tells screen readers how many suggestions there are once the list settles, and how to use them', async () => {
    const { page, context } = await openPage(site.browser, site.url);
    await page.goto(site.url + CONTENT_PAGE);
    await typeAndWait(page, '#header-search', 'bot');
    const status = page.locator('form[role="search"] [role="status"]');
    await page.waitForFunction(() =>
      /\d+ suggestions?\./.test(document.querySelector('form[role="search"] [role="status"]')?.textContent ?? ''),
    );
    const count = (await options(page, '#header-search')).length;
    await expect(status.textContent()).resolves.toBe(count === 1 ? '1 suggestion.' : `${count} suggestions.`);
    const help = await page.evaluate(() =>
      (document.querySelector('#header-search')!.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' '),
    );
    expect(help).toMatch(/up and down arrow keys/);
    await context.close();
  });

  it('works in the search page’s own box', async () => {
    const { page, context, cspViolations, errors } = await openPage(site.browser, site.url);
    await page.goto(site.url + '/search/');
    await typeAndWait(page, '#search-input', 'bot');
    const input = page.locator('#search-input');
    // The page's own hint is kept; the suggestions' instructions are added.
    await expect(input.getAttribute('aria-describedby')).resolves.toBe('search-hint search-input-suggest-help');
    expect((await options(page, '#search-input'))[0]).toMatchObject({ label: 'Botox', kind: 'Brand' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/brands/botox/`);
    expect(cspViolations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  // The rest of each page is checked by site-gates.test.ts; here, the header with the list open.
  it('passes axe with the list open, at phone and desktop widths in light and dark mode', async () => {
    const { page, context, cspViolations } = await openPage(site.browser, site.url);
    for (const path of [CONTENT_PAGE, `/zh${CONTENT_PAGE}`]) {
      await page.goto(site.url + path);
      await typeAndWait(page, '#header-search', 'bot');
      await page.keyboard.press('ArrowDown');
      const violations: string[] = [];
      for (const config of CONFIGS) {
        violations.push(...(await runAxe(page, config, 'header')));
        await expect(page.locator('#header-search-suggestions').isVisible(), config.name).resolves.toBe(true);
      }
      expect(violations, path).toEqual([]);
    }
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('changes nothing without JavaScript: the box is a plain GET form', async () => {
    const { page, context } = await openPage(site.browser, site.url, { javaScriptEnabled: false });
    await page.goto(site.url + CONTENT_PAGE);
    await expect(page.locator('#header-search').getAttribute('role')).resolves.toBeNull();
    await page.locator('#header-search').fill('bot');
    await page.locator('#header-search').press('Enter');
    await page.waitForURL(`${site.url}/search/?q=bot`);
    await context.close();
  });
});
