import { describe, expect, it } from 'vitest';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudo, pseudoDeep, pseudoMarkdown } from '../../src/i18n/pseudo.ts';
import { en } from '../../src/i18n/ui.en.ts';
import { ui } from '../../src/i18n/ui.ts';

describe('pseudo-localisation', () => {
  it('accents and lengthens letters, brackets the string, and keeps placeholders and spaces', () => {
    expect(pseudo('Search')).toBe(`${PSEUDO_OPEN}Šééááŕçħ${PSEUDO_CLOSE}`);
    expect(pseudo(' {n} results ')).toMatch(new RegExp(`^ ${PSEUDO_OPEN}\\{n\\} ŕééšúúĺŧš${PSEUDO_CLOSE} $`));
    expect(pseudo(', ')).toBe(', ');
    expect(pseudo('2024')).toBe('2024');
  });
  it('makes English about a third longer', () => {
    const text = 'A lot number on this list is a strong warning sign, not proof.';
    expect(pseudo(text).length / text.length).toBeGreaterThan(1.25);
  });
  it('reaches every string of a dictionary, and what its functions return', () => {
    const xa = ui('xa');
    expect(xa.nav.cases).toBe(pseudo(en.nav.cases));
    expect(xa.home.records(3)).toBe(pseudo(en.home.records(3)));
    expect(pseudoDeep({ a: ['One', { b: 'Two' }] })).toEqual({ a: [pseudo('One'), { b: pseudo('Two') }] });
  });
  it('leaves Markdown syntax, links, citations and component tags working', () => {
    const out = pseudoMarkdown(
      '## Danger\n\nSee [the lot page](/lots/c3709c3/) [@cdc-han].\n\n<UrgentHelp title="Get help">\n\n- **Call** 999',
    );
    expect(out).toContain('## Ḓááñğééŕ');
    expect(out).toContain('](/lots/c3709c3/)');
    expect(out).toContain('[@cdc-han]');
    expect(out).toContain('<UrgentHelp title="Ğééŧ ħééĺƥ">');
    expect(out).toContain('- **Çááĺĺ** 999');
  });
});
