import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Marks links to other websites in Markdown the same way ExternalLink.astro does. */
export function remarkExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'link', (node: Link) => {
      if (!/^https?:\/\//i.test(node.url)) return;
      const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
      node.data = { ...data, hProperties: { ...data.hProperties, rel: 'external noopener noreferrer', className: ['external'] } } as never;
      node.children.push({
        type: 'externalMarker',
        data: { hName: 'span', hProperties: { className: ['sr-only'] }, hChildren: [{ type: 'text', value: ' (external site)' }] },
      } as never);
    });
  };
}
