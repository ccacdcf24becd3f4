import { describe, expect, it } from 'vitest';
import { CitationError, numberCitations, sourceIdsFrom, splitCitations } from '../../src/lib/markdown/citations.ts';

describe('splitCitations', () => {
  it('finds single and grouped markers and keeps the text around them', () => {
    expect(splitCitations('Seized in 2017 [@cnr-2017]. Also [@a; @b-2].')).toEqual([
      { kind: 'text', value: 'Seized in 2017 ' },
      { kind: 'cite', ids: ['cnr-2017'] },
      { kind: 'text', value: '. Also ' },
      { kind: 'cite', ids: ['a', 'b-2'] },
      { kind: 'text', value: '.' },
    ]);
  });

  it('leaves text without markers, emails and link-like brackets alone', () => {
    expect(splitCitations('Write to farmacovigilancia@cofepris.gob.mx [see box]')).toEqual([
      { kind: 'text', value: 'Write to farmacovigilancia@cofepris.gob.mx [see box]' },
    ]);
  });
});

describe('numberCitations', () => {
  const listed = ['seed', 'cnr', 'knews'];
  it('numbers by the position in the page source list', () => {
    expect(numberCitations(['knews', 'seed'], listed)).toEqual([3, 1]);
  });
  it('refuses a source the page does not list, naming the file and the id', () => {
    expect(() => numberCitations(['nope'], listed, 'content/cases/x.mdx')).toThrow(CitationError);
    expect(() => numberCitations(['nope'], listed, 'content/cases/x.mdx')).toThrow(/content\/cases\/x\.mdx: cites \[@nope\]/);
  });
});

describe('sourceIdsFrom', () => {
  it('accepts plain ids and resolved references', () => {
    expect(sourceIdsFrom(['a', { id: 'b', collection: 'sources' }])).toEqual(['a', 'b']);
    expect(sourceIdsFrom(undefined)).toEqual([]);
  });
});
