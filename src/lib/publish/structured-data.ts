/**
 * Schema.org JSON-LD for search engines and citation tools. Pure functions;
 * the layout serialises them with serialiseJsonLd, which makes any text safe
 * inside a <script type="application/ld+json"> block.
 */
import { LICENCE, SITE_NAME } from '../routing/site.ts';

export type JsonLd = Record<string, unknown>;

const organisation = (site: URL) => ({ '@type': 'Organization', name: SITE_NAME, url: site.href });

export function breadcrumbList(
  site: URL,
  trail: { href?: string | undefined; label: string }[],
  current: string,
  home: { href: string; label: string } = { href: '/', label: 'Home' },
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [home, ...trail].map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: new URL(crumb.href ?? current, site).href,
    })),
  };
}

export interface PageFacts {
  site: URL;
  path: string;
  title: string;
  description: string;
  published: Date;
  updated?: Date | undefined;
  image?: string | undefined;
  language?: string;
}

function common(p: PageFacts): JsonLd {
  return {
    '@context': 'https://schema.org',
    headline: p.title,
    name: p.title,
    description: p.description,
    url: new URL(p.path, p.site).href,
    mainEntityOfPage: new URL(p.path, p.site).href,
    datePublished: p.published.toISOString().slice(0, 10),
    dateModified: (p.updated ?? p.published).toISOString().slice(0, 10),
    inLanguage: p.language ?? 'en',
    author: organisation(p.site),
    publisher: organisation(p.site),
    license: LICENCE.url,
    ...(p.image ? { image: new URL(p.image, p.site).href } : {}),
  };
}

/** A case write-up: a news article about an enforcement case. */
export const caseArticle = (p: PageFacts): JsonLd => ({ ...common(p), '@type': 'NewsArticle' });

/** A record in the register. */
export const registerRecord = (p: PageFacts): JsonLd => ({ ...common(p), '@type': 'WebPage' });

/** An explainer: a medical web page for the public, with its review date. */
export const medicalPage = (p: PageFacts & { lastReviewed: Date }): JsonLd => ({
  ...common(p),
  '@type': 'MedicalWebPage',
  audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
  lastReviewed: p.lastReviewed.toISOString().slice(0, 10),
});

/** JSON inside a script block: "<" can never close the block or open a comment. */
export function serialiseJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
