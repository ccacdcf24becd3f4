import { describe, expect, it } from 'vitest';
import { countSyllables, fleschKincaid, plainText } from '../../src/lib/markdown/readability.ts';

describe('countSyllables', () => {
  it('counts common words about right', () => {
    expect(countSyllables('cat')).toBe(1);
    expect(countSyllables('water')).toBe(2);
    expect(countSyllables('hospital')).toBe(3);
    expect(countSyllables('counterfeit')).toBe(3);
    expect(countSyllables('make')).toBe(1);
  });
});

describe('fleschKincaid', () => {
  it('rates short plain sentences as easy and long technical ones as hard', () => {
    const easy = fleschKincaid('Get help now. Call your doctor. Keep the box and the vial.');
    const hard = fleschKincaid(
      'Iatrogenic botulism following administration of unlicensed botulinum neurotoxin preparations necessitates immediate administration of heptavalent antitoxin and comprehensive respiratory monitoring in specialised intensive care environments.',
    );
    expect(easy.grade).toBeLessThan(4);
    expect(hard.grade).toBeGreaterThan(16);
  });
});

describe('plainText', () => {
  it('drops markup, citations and URLs but keeps the words', () => {
    const text = plainText(
      '---\ntitle: x\n---\n## Danger signs\n\n<UrgentHelp title="Get help">\n\n- Double vision [@cdc-han]\n\n</UrgentHelp>\n\nSee [the FDA](https://fda.gov/x).',
    );
    expect(text).toBe('Danger signs. Double vision. See the FDA.');
  });
});
