/**
 * "Cite this page" formatting. Every expected string below was written by hand from
 * the style rules (APA 7 webpage with group author, MLA 9 web page, Chicago 17 notes
 * and bibliography for website content, BibTeX @misc), not copied from the output.
 */
import { describe, expect, it } from 'vitest';
import {
  accessDateFor,
  apa,
  bibtex,
  chicagoBibliography,
  chicagoNote,
  citations,
  escapeBibtex,
  headlineCase,
  mla,
  mlaDate,
  sentenceCase,
  type CiteInput,
} from '../../src/lib/publish/cite.ts';

const SITE = 'Fake Injectables Watch';
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const FOUNDING_CASE: CiteInput = {
  title: 'Fake beauty injections sold through WeChat: the Donghai network, China, 2016–2017',
  siteName: SITE,
  url: 'https://example.org/cases/donghai-wechat-fake-injectables-network/',
  published: day('2026-11-29'),
  accessed: day('2026-12-03'),
  kind: 'case',
};

const BOTOX: CiteInput = {
  title: '"BOTOX" 150 Units, "Botulinum Toxin Type A"',
  siteName: SITE,
  url: 'https://example.org/products/fda-counterfeit-botox-150-units-c3709c3/',
  published: day('2026-11-29'),
  accessed: day('2026-12-03'),
  kind: 'product',
};

const EXPLAINER: CiteInput = {
  title: "Botulinum toxin ('Botox'): risks of fake and unlicensed products",
  siteName: SITE,
  url: 'https://example.org/risks/botulinum-toxin/',
  published: day('2026-11-29'),
  updated: day('2027-09-14'),
  accessed: day('2027-10-01'),
  kind: 'explainer',
};

describe('the founding case', () => {
  it('APA 7: group author that is also the site, so no site name; sentence case, subtitle capitalised; no retrieval date', () => {
    const cite = apa(FOUNDING_CASE);
    expect(cite.text).toBe(
      'Fake Injectables Watch. (2026, November 29). Fake beauty injections sold through WeChat: The Donghai network, China, 2016–2017. https://example.org/cases/donghai-wechat-fake-injectables-network/',
    );
    expect(cite.parts).toEqual([
      { text: 'Fake Injectables Watch. (2026, November 29). ' },
      { text: 'Fake beauty injections sold through WeChat: The Donghai network, China, 2016–2017', italic: true },
      { text: '. https://example.org/cases/donghai-wechat-fake-injectables-network/' },
    ]);
  });

  it('MLA 9: no author (the organisation is the publisher), title case in quotes, italic site, abbreviated months, access date', () => {
    const cite = mla(FOUNDING_CASE);
    expect(cite.text).toBe(
      '"Fake Beauty Injections Sold through WeChat: The Donghai Network, China, 2016–2017." Fake Injectables Watch, 29 Nov. 2026, https://example.org/cases/donghai-wechat-fake-injectables-network/. Accessed 3 Dec. 2026.',
    );
    expect(cite.parts).toEqual([
      { text: '"Fake Beauty Injections Sold through WeChat: The Donghai Network, China, 2016–2017." ' },
      { text: 'Fake Injectables Watch', italic: true },
      { text: ', 29 Nov. 2026, https://example.org/cases/donghai-wechat-fake-injectables-network/. Accessed 3 Dec. 2026.' },
    ]);
  });

  it('Chicago 17 note: corporate author, headline-style title, comma inside the quotes, date, URL', () => {
    expect(chicagoNote(FOUNDING_CASE).text).toBe(
      'Fake Injectables Watch, "Fake Beauty Injections Sold through WeChat: The Donghai Network, China, 2016–2017," November 29, 2026, https://example.org/cases/donghai-wechat-fake-injectables-network/.',
    );
  });

  it('Chicago 17 bibliography: "Published" when the page has not been updated', () => {
    const cite = chicagoBibliography(FOUNDING_CASE);
    expect(cite.text).toBe(
      'Fake Injectables Watch. "Fake Beauty Injections Sold through WeChat: The Donghai Network, China, 2016–2017." Published November 29, 2026. https://example.org/cases/donghai-wechat-fake-injectables-network/.',
    );
    expect(cite.parts).toEqual([{ text: cite.text }]);
  });

  it('BibTeX: @misc, corporate author in double braces, title kept as written, no note without an update', () => {
    expect(bibtex(FOUNDING_CASE).text).toBe(
      [
        '@misc{fiw-donghai-wechat-fake-injectables-network,',
        '  author = {{Fake Injectables Watch}},',
        '  title = {{Fake beauty injections sold through WeChat: the Donghai network, China, 2016–2017}},',
        '  year = {2026},',
        '  month = nov,',
        '  url = {https://example.org/cases/donghai-wechat-fake-injectables-network/},',
        '  urldate = {2026-12-03}',
        '}',
      ].join('\n'),
    );
  });
});

describe('a register record whose title has quotation marks in it', () => {
  it('APA keeps the double quotes inside the italic title, then a period', () => {
    expect(apa(BOTOX).text).toBe(
      'Fake Injectables Watch. (2026, November 29). "BOTOX" 150 Units, "Botulinum Toxin Type A". https://example.org/products/fda-counterfeit-botox-150-units-c3709c3/',
    );
  });

  it('MLA turns the inner double quotes into single ones and puts the period inside both', () => {
    expect(mla(BOTOX).text).toBe(
      `"'BOTOX' 150 Units, 'Botulinum Toxin Type A.'" Fake Injectables Watch, 29 Nov. 2026, https://example.org/products/fda-counterfeit-botox-150-units-c3709c3/. Accessed 3 Dec. 2026.`,
    );
  });

  it('Chicago does the same, with a comma in the note', () => {
    expect(chicagoNote(BOTOX).text).toBe(
      `Fake Injectables Watch, "'BOTOX' 150 Units, 'Botulinum Toxin Type A,'" November 29, 2026, https://example.org/products/fda-counterfeit-botox-150-units-c3709c3/.`,
    );
    expect(chicagoBibliography(BOTOX).text).toBe(
      `Fake Injectables Watch. "'BOTOX' 150 Units, 'Botulinum Toxin Type A.'" Published November 29, 2026. https://example.org/products/fda-counterfeit-botox-150-units-c3709c3/.`,
    );
  });

  it('BibTeX keeps the packaging text as printed', () => {
    expect(bibtex(BOTOX).text).toBe(
      [
        '@misc{fiw-fda-counterfeit-botox-150-units-c3709c3,',
        '  author = {{Fake Injectables Watch}},',
        '  title = {{"BOTOX" 150 Units, "Botulinum Toxin Type A"}},',
        '  year = {2026},',
        '  month = nov,',
        '  url = {https://example.org/products/fda-counterfeit-botox-150-units-c3709c3/},',
        '  urldate = {2026-12-03}',
        '}',
      ].join('\n'),
    );
  });
});

describe('an explainer that has been updated', () => {
  it('APA: last-updated date, and a retrieval date because explainers are designed to change', () => {
    expect(apa(EXPLAINER).text).toBe(
      "Fake Injectables Watch. (2027, September 14). Botulinum toxin ('Botox'): Risks of fake and unlicensed products. Retrieved October 1, 2027, from https://example.org/risks/botulinum-toxin/",
    );
  });

  it('MLA: the most recent date, "Sept." for September', () => {
    expect(mla(EXPLAINER).text).toBe(
      `"Botulinum Toxin ('Botox'): Risks of Fake and Unlicensed Products." Fake Injectables Watch, 14 Sept. 2027, https://example.org/risks/botulinum-toxin/. Accessed 1 Oct. 2027.`,
    );
  });

  it('Chicago: "last modified" in the note, "Last modified" in the bibliography', () => {
    expect(chicagoNote(EXPLAINER).text).toBe(
      `Fake Injectables Watch, "Botulinum Toxin ('Botox'): Risks of Fake and Unlicensed Products," last modified September 14, 2027, https://example.org/risks/botulinum-toxin/.`,
    );
    expect(chicagoBibliography(EXPLAINER).text).toBe(
      `Fake Injectables Watch. "Botulinum Toxin ('Botox'): Risks of Fake and Unlicensed Products." Last modified September 14, 2027. https://example.org/risks/botulinum-toxin/.`,
    );
  });

  it('BibTeX: year and month of first publication, a note with the update', () => {
    expect(bibtex(EXPLAINER).text).toBe(
      [
        '@misc{fiw-botulinum-toxin,',
        '  author = {{Fake Injectables Watch}},',
        "  title = {{Botulinum toxin ('Botox'): risks of fake and unlicensed products}},",
        '  year = {2026},',
        '  month = nov,',
        '  url = {https://example.org/risks/botulinum-toxin/},',
        '  urldate = {2027-10-01},',
        '  note = {Last updated 14 September 2027}',
        '}',
      ].join('\n'),
    );
  });

  it('treats an "update" on the day of publication as no update', () => {
    const sameDay = { ...EXPLAINER, updated: new Date('2026-11-29T15:00:00Z') };
    expect(chicagoBibliography(sameDay).text).toContain('Published November 29, 2026.');
    expect(bibtex(sameDay).text).not.toContain('note');
    expect(apa(sameDay).text).toContain('(2026, November 29)');
  });

  it('gives a retrieval date only to explainers, even when a record has been updated', () => {
    const updatedRecord = { ...BOTOX, updated: day('2027-01-05') };
    expect(apa(updatedRecord).text).toBe(
      'Fake Injectables Watch. (2027, January 5). "BOTOX" 150 Units, "Botulinum Toxin Type A". https://example.org/products/fda-counterfeit-botox-150-units-c3709c3/',
    );
  });
});

describe('titles with TeX special characters and other scripts', () => {
  const SPECIAL: CiteInput = {
    title: 'Fillers & toxins: 100% fake',
    siteName: SITE,
    url: 'https://example.org/products/fillers-and-toxins/',
    published: day('2026-11-29'),
    accessed: day('2026-12-03'),
    kind: 'product',
  };

  it('escapes & and % in the BibTeX title only', () => {
    expect(bibtex(SPECIAL).text).toBe(
      [
        '@misc{fiw-fillers-and-toxins,',
        '  author = {{Fake Injectables Watch}},',
        '  title = {{Fillers \\& toxins: 100\\% fake}},',
        '  year = {2026},',
        '  month = nov,',
        '  url = {https://example.org/products/fillers-and-toxins/},',
        '  urldate = {2026-12-03}',
        '}',
      ].join('\n'),
    );
    expect(mla(SPECIAL).text).toBe(
      '"Fillers & Toxins: 100% Fake." Fake Injectables Watch, 29 Nov. 2026, https://example.org/products/fillers-and-toxins/. Accessed 3 Dec. 2026.',
    );
    expect(apa(SPECIAL).text).toBe(
      'Fake Injectables Watch. (2026, November 29). Fillers & toxins: 100% fake. https://example.org/products/fillers-and-toxins/',
    );
  });

  it('escapes every TeX special character, the backslash first', () => {
    expect(escapeBibtex('a\\b{c}~d^e$f#g_h&i%j')).toBe(
      'a\\textbackslash{}b\\{c\\}\\textasciitilde{}d\\textasciicircum{}e\\$f\\#g\\_h\\&i\\%j',
    );
  });

  it('keeps non-Latin titles as UTF-8 and nests their curly quotes', () => {
    const chinese = { ...SPECIAL, title: '东海“微信”假针剂案', url: 'https://example.org/cases/donghai/' };
    expect(bibtex(chinese).text).toContain('  title = {{东海“微信”假针剂案}},');
    expect(mla(chinese).text.startsWith('"东海‘微信’假针剂案." Fake Injectables Watch, 29 Nov. 2026,')).toBe(true);
    expect(chicagoNote(chinese).text).toBe(
      'Fake Injectables Watch, "东海‘微信’假针剂案," November 29, 2026, https://example.org/cases/donghai/.',
    );
  });
});

describe('title capitals', () => {
  it('headline style lowercases articles, prepositions, coordinating conjunctions and "to", never a capital', () => {
    expect(headlineCase('How to check a product before an injection')).toBe('How to Check a Product before an Injection');
    expect(headlineCase('Why a lot number is not proof either way')).toBe('Why a Lot Number Is Not Proof Either Way');
    expect(headlineCase('Danger signs after an injection: what to do now')).toBe('Danger Signs after an Injection: What to Do Now');
    expect(headlineCase('Hyaluronic-acid and other fillers: risks of fake products and unlicensed injectors')).toBe(
      'Hyaluronic-Acid and Other Fillers: Risks of Fake Products and Unlicensed Injectors',
    );
    expect(headlineCase('Anti-counterfeit checks for the people you buy from')).toBe('Anti-counterfeit Checks for the People You Buy From');
    expect(headlineCase('What the FDA said about iPhone photos')).toBe('What the FDA Said about iPhone Photos');
  });

  it('MLA also lowercases "so" and "yet"; Chicago capitalises them', () => {
    expect(headlineCase('cheap yet fake', 'mla')).toBe('Cheap yet Fake');
    expect(headlineCase('cheap yet fake', 'chicago')).toBe('Cheap Yet Fake');
  });

  it('APA sentence case raises only the first word of the title and of a subtitle', () => {
    expect(sentenceCase('the register: what a lot number tells you')).toBe('The register: What a lot number tells you');
    expect(sentenceCase('Two cases — one seller')).toBe('Two cases — One seller');
  });

  it('drops the added period or comma after a title ending in a question mark', () => {
    const question = { ...FOUNDING_CASE, title: 'Is it fake?' };
    expect(apa(question).text).toBe(
      'Fake Injectables Watch. (2026, November 29). Is it fake? https://example.org/cases/donghai-wechat-fake-injectables-network/',
    );
    expect(mla(question).text.startsWith('"Is It Fake?" Fake Injectables Watch, 29 Nov. 2026,')).toBe(true);
    expect(chicagoNote(question).text.startsWith('Fake Injectables Watch, "Is It Fake?" November 29, 2026,')).toBe(true);
  });
});

describe('dates', () => {
  it('uses every MLA month abbreviation', () => {
    const months = Array.from({ length: 12 }, (_, m) => mlaDate(new Date(Date.UTC(2027, m, 1))).split(' ')[1]);
    expect(months).toEqual(['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']);
  });

  it('reads dates in UTC whatever the time zone they were written in', () => {
    const late = { ...FOUNDING_CASE, published: new Date('2026-11-29T23:30:00-05:00') };
    expect(apa(late).text).toContain('(2026, November 30)');
    expect(mla(late).text).toContain('30 Nov. 2026');
  });

  it('takes the access date from SOURCE_DATE_EPOCH when a reproducible build sets it', () => {
    const now = day('2026-12-03');
    expect(accessDateFor({}, now)).toBe(now);
    expect(accessDateFor({ SOURCE_DATE_EPOCH: '1796083200' }, now).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('offers all five forms at once', () => {
    const all = citations(FOUNDING_CASE);
    expect(Object.keys(all)).toEqual(['apa', 'mla', 'chicagoNote', 'chicagoBibliography', 'bibtex']);
    for (const cite of Object.values(all)) expect(cite.text).toContain(FOUNDING_CASE.url);
  });
});
