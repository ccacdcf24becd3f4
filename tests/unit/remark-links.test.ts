import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { remarkLinks } from '../../src/lib/markdown/remark-links.ts';
import { en } from '../../src/i18n/ui.en.ts';
import { zh } from '../../src/i18n/ui.zh.ts';

const tree = (): Root => ({
  type: 'root',
  children: [
    {
      type: 'paragraph',
      children: [
        { type: 'link', url: 'https://example.org/', children: [{ type: 'text', value: 'out' }] },
        { type: 'link', url: '/lots/c3709c3/', children: [{ type: 'text', value: 'lot' }] },
      ],
    },
  ],
});
const links = (root: Root) =>
  (root.children[0] as { children: { url: string; children: { type: string; data?: { hChildren?: { value: string }[] } }[] }[] }).children;

describe('links in Markdown speak the file’s language', () => {
  it('announce an external link with the words of the file’s dictionary', () => {
    for (const [path, words] of [
      ['/site/content/cases/x.mdx', en.externalSite],
      ['/site/content/zh/cases/x.mdx', zh.externalSite],
    ] as const) {
      const root = tree();
      remarkLinks()(root, { path });
      const marker = links(root)[0]!.children.find((c) => c.type === 'externalMarker');
      expect(marker?.data?.hChildren?.[0]?.value).toBe(` ${words}`);
    }
    expect(zh.externalSite).not.toBe(en.externalSite);
  });

  it('point a link within the site into the file’s own edition', () => {
    const english = tree();
    remarkLinks()(english, { path: '/site/content/cases/x.mdx' });
    expect(links(english)[1]!.url).toBe('/lots/c3709c3/');
    const chinese = tree();
    remarkLinks()(chinese, { path: '/site/content/zh/cases/x.mdx' });
    expect(links(chinese)[1]!.url).toBe('/zh/lots/c3709c3/');
  });
});
