import { describe, expect, it } from 'vitest';
import { breadcrumbList, caseArticle, medicalPage, serialiseJsonLd } from '../../src/lib/publish/structured-data.ts';

const site = new URL('https://example.org');

describe('structured data', () => {
  it('builds a breadcrumb trail with absolute URLs, ending at the page', () => {
    const data = breadcrumbList(site, [{ href: '/cases/', label: 'Cases' }, { label: 'Donghai' }], '/cases/donghai/');
    expect(data['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: 'Cases', item: 'https://example.org/cases/' },
      { '@type': 'ListItem', position: 3, name: 'Donghai', item: 'https://example.org/cases/donghai/' },
    ]);
  });

  it('describes a case as a NewsArticle and an explainer as a MedicalWebPage with its review date', () => {
    const facts = { site, path: '/x/', title: 'T', description: 'D', published: new Date('2026-11-29T00:00:00Z') };
    expect(caseArticle(facts)).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2026-11-29',
      dateModified: '2026-11-29',
      url: 'https://example.org/x/',
    });
    expect(medicalPage({ ...facts, lastReviewed: new Date('2026-11-29T00:00:00Z') })).toMatchObject({
      '@type': 'MedicalWebPage',
      lastReviewed: '2026-11-29',
    });
  });

  it('serialises hostile text so it cannot close the script block', () => {
    const text = serialiseJsonLd({ name: '</script><script>alert(1)</script> & <!--' });
    expect(text).not.toMatch(/<|>/);
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script> & <!--' });
  });
});
