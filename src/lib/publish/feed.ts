/** An Atom 1.0 feed of new and updated pages, built from plain items. */

export interface FeedItem {
  /** Absolute URL; also the entry's permanent id. */
  url: string;
  title: string;
  summary: string;
  /** "Case" or "Register record". */
  category: string;
  published: Date;
  updated?: Date | undefined;
  /** What changed, for updated entries. */
  change?: string | undefined;
}

export function escapeXml(text: string): string {
  return (
    text
      // Control characters are not allowed in XML 1.0.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

const stamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Newest change first; an entry's "updated" is its last change. */
export function atomFeed(options: {
  title: string;
  /** Who publishes the feed; the title when left out. */
  author?: string;
  /** BCP 47 tag of the feed's text. */
  language?: string;
  /** How an update is introduced in a summary, in the feed's language. */
  updatedPrefix?: string;
  site: string;
  self: string;
  items: FeedItem[];
  licence: string;
}): string {
  const items = [...options.items].sort((a, b) => (b.updated ?? b.published).valueOf() - (a.updated ?? a.published).valueOf());
  const newest = items[0] ? (items[0].updated ?? items[0].published) : new Date(0);
  const entries = items.map(
    (item) => `  <entry>
    <id>${escapeXml(item.url)}</id>
    <title>${escapeXml(item.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>
    <published>${stamp(item.published)}</published>
    <updated>${stamp(item.updated ?? item.published)}</updated>
    <category term="${escapeXml(item.category)}"/>
    <summary>${escapeXml(item.change ? `${options.updatedPrefix ?? 'Updated: '}${item.change} ${item.summary}` : item.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(options.language ?? 'en')}">
  <id>${escapeXml(options.self)}</id>
  <title>${escapeXml(options.title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(options.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(options.site)}"/>
  <updated>${stamp(newest)}</updated>
  <author><name>${escapeXml(options.author ?? options.title)}</name></author>
  <rights>${escapeXml(options.licence)}</rights>
${entries.join('\n')}
</feed>
`;
}
