import { describe, expect, it } from 'vitest';
import { looksLikeLot, lotKey, normaliseLot } from '../../src/lib/search/lots.browser.ts';

describe('normaliseLot', () => {
  it('ignores case, spaces, hyphens and similar separators', () => {
    for (const typed of ['C3709C3', 'c3709 c3', 'C37-09C3', ' c3709–c3 ', 'C3709.C3', 'Ｃ３７０９Ｃ３']) {
      expect(normaliseLot(typed)).toBe('C3709C3');
    }
  });
  it('keeps different lots different', () => {
    expect(normaliseLot('C3016 C3')).not.toBe(normaliseLot('C3060 C3'));
  });
  it('gives a URL-safe key', () => {
    expect(lotKey('HA 33946')).toBe('ha33946');
  });
});

describe('looksLikeLot', () => {
  it('recognises lot-shaped queries', () => {
    expect(looksLikeLot('C3709C3')).toBe(true);
    expect(looksLikeLot('u14534')).toBe(true);
    expect(looksLikeLot('X21090A')).toBe(true);
  });
  it('does not treat words as lots', () => {
    expect(looksLikeLot('Botox')).toBe(false);
    expect(looksLikeLot('保妥适')).toBe(false);
    expect(looksLikeLot('150')).toBe(false);
  });
});
