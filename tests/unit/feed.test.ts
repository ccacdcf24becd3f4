import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml } from '../../src/lib/publish/feed.ts';

describe('atomFeed', () => {
  const feed = atomFeed({
    title: 'Site',
    site: 'https://example.org/',
    self: 'https://example.org/feed.xml',
    licence: 'CC BY 4.0',
    items: [
      { url: 'https://example.org/a/', title: 'Old <b>', summary: 'S & T', category: 'Case', published: new Date('2026-01-01T00:00:00Z') },
      {
        url: 'https://example.org/b/',
        title: 'New',
        summary: 'S',
        category: 'Register record',
        published: new Date('2025-01-01T00:00:00Z'),
        updated: new Date('2026-06-01T00:00:00Z'),
        change: 'Added a lot.',
      },
    ],
  });
  it('lists the most recently changed entry first and dates the feed by it', () => {
    expect(feed.indexOf('https://example.org/b/')).toBeLessThan(feed.indexOf('https://example.org/a/'));
    expect(feed).toContain('<updated>2026-06-01T00:00:00Z</updated>\n  <author>');
    expect(feed).toContain('Updated: Added a lot.');
  });
  it('escapes text', () => {
    expect(feed).toContain('<title>Old &lt;b&gt;</title>');
    expect(feed).toContain('S &amp; T');
    expect(escapeXml('a\u0001b')).toBe('ab');
  });
});
