/**
 * Rules about words that an independent check of published claims found
 * broken, each kept as a test over the published content so it cannot come
 * back: the register is never called only "fake", a case never calls a
 * product fake that its authority did not, China's pre-2019 rule is never put
 * in the present tense, and a count of packaging tells matches the tells.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkEntries } from '../../src/lib/content/check.ts';
import { STATUS_WORDS, type StatusWord } from '../../src/lib/content/vocabulary.ts';
import { splitFrontMatter } from '../../src/lib/content/front-matter.ts';
import { en } from '../../src/i18n/ui.en.ts';
import { zh } from '../../src/i18n/ui.zh.ts';

const { entries } = checkEntries(process.cwd());
type Data = Record<string, unknown>;
const zhFile = (collection: string, id: string) => {
  for (const ext of ['.mdx', '.md']) {
    try {
      return splitFrontMatter(readFileSync(join('content/zh', collection, id + ext), 'utf8'));
    } catch {
      /* try the next extension */
    }
  }
  throw new Error(`no content/zh/${collection}/${id}`);
};

describe('the register is named for what it holds', () => {
  it('every label that names it says fake and illegal, in every language', () => {
    for (const label of [en.nav.products, en.footer.register, en.register.eyebrow, en.registerPage.title, en.notFoundPage.register])
      expect(label).toMatch(/illegal/i);
    for (const label of [zh.nav.products, zh.footer.register, zh.register.eyebrow, zh.registerPage.title, zh.notFoundPage.register])
      expect(label).toMatch(/非法/);
  });
});

describe('a case calls a product fake only where its authority did', () => {
  it('no case title or summary puts "fake" or "counterfeit" before a product that its authority found only unapproved', () => {
    const problems: string[] = [];
    const products = new Map(entries.products.map((p) => [p.id, p]));
    for (const c of entries.cases) {
      const linked = [
        ...((c.data['products'] as { id: string }[]) ?? []).map((r) => products.get(r.id)!),
        ...entries.products.filter((p) => ((p.data['cases'] as { id: string }[]) ?? []).some((r) => r.id === c.id)),
      ].filter(Boolean);
      const zhCase = zhFile('cases', c.id).data;
      const namesOf = (p: (typeof linked)[number]) =>
        [p.data['brand'], ...((p.data['aliases'] as { name: string }[]) ?? []).map((a) => a.name)].filter(
          (n): n is string => typeof n === 'string' && n.length > 1,
        );
      const isFake = (p: (typeof linked)[number]) => STATUS_WORDS[p.data['status'] as StatusWord].family === 'fake';
      // A case may rightly say "falsified Botox" when one of its Botox records is falsified.
      const fakeNames = new Set(linked.filter(isFake).flatMap(namesOf));
      for (const p of linked) {
        if (isFake(p)) continue;
        for (const name of new Set(namesOf(p).filter((n) => !fakeNames.has(n)))) {
          const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          const english = new RegExp(`\\b(fake|counterfeit|falsified)\\b[^.;:]{0,12}${escaped}`, 'i');
          const chinese = new RegExp(`(假|伪造)[^，。；：]{0,3}${escaped}`);
          for (const text of [c.data['title'], c.data['summary']])
            if (english.test(String(text))) problems.push(`${c.file}: "${name}" (${p.id})`);
          for (const text of [zhCase['title'], zhCase['summary']])
            if (chinese.test(String(text))) problems.push(`content/zh/cases/${c.id}: "${name}" (${p.id})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('China’s rule that unapproved imports count as fake drugs ended on 1 December 2019', () => {
  /** Every piece of wording in an entry, field by field (change logs quote the old wording, so they are left out). */
  const texts = (d: Data, body: string): string[] => {
    const out: string[] = [body];
    const walk = (value: unknown, key = ''): void => {
      if (key === 'changelog') return;
      if (typeof value === 'string') out.push(value);
      else if (Array.isArray(value)) value.forEach((v) => walk(v));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    walk(d);
    return out;
  };
  it('is never stated in the present tense', () => {
    const problems: string[] = [];
    // Sources and authorities describe the laws themselves; pages apply them to cases.
    for (const [collection, list] of Object.entries(entries).filter(([name]) => ['cases', 'products', 'risks', 'pages'].includes(name))) {
      for (const e of list) {
        const sentences = texts(e.data, e.body).flatMap((t) => t.split(/(?<=[.!?])\s+/));
        for (const s of sentences) {
          if (
            /\b(treats|counts|considers|classes)\b[^.]{0,80}\b(fake|counterfeit) drugs?\b/i.test(s) &&
            !/\b(at the time|until|before|then|no longer|19\d\d|20(0|1)\d)\b/i.test(s)
          ) {
            problems.push(`${e.file}: ${s.slice(0, 160)}`);
          }
        }
        const zh = zhFile(collection, e.id);
        for (const s of texts(zh.data, zh.body).flatMap((t) => t.split(/(?<=[。！？])/))) {
          if (s.includes('按假药论处') && !/(当时|2019|2001|此前|以前|修订|原|旧|已|曾|直到|之前|不再)/.test(s))
            problems.push(`content/zh/${collection}/${e.id}: ${s.slice(0, 120)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('counts in a record’s text', () => {
  const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
  it('say as many packaging tells as the record lists', () => {
    const problems: string[] = [];
    for (const p of entries.products) {
      const tells = (p.data['tells'] as string[]).length;
      for (const m of `${p.body} ${String(p.data['recognisedBy'] ?? '')}`.matchAll(
        /\b(one|two|three|four|five|six|seven|eight|nine|ten) (?:packaging )?(?:tells|identifying features)\b/gi,
      )) {
        if (NUMBERS[m[1]!.toLowerCase()] !== tells) problems.push(`${p.file}: "${m[0]}" but ${tells} tells are listed`);
      }
    }
    expect(problems).toEqual([]);
  });
});
