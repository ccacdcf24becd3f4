import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { numberCitations, sourceAnchor, sourceIdsFrom, splitCitations } from './citations.ts';

interface AstroFile {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** Turns `[@id]` markers into superscript links to the page's numbered sources. */
export function remarkCitations() {
  return (tree: Root, file: AstroFile) => {
    const pageSources = sourceIdsFrom(file.data.astro?.frontmatter?.['sources']);
    const fileName = file.path ?? 'unknown file';
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !node.value.includes('[@')) return;
      const parts = splitCitations(node.value);
      if (!parts.some((part) => part.kind === 'cite')) return;
      const replacement = parts.map((part): PhrasingContent => {
        if (part.kind === 'text') return { type: 'text', value: part.value };
        const numbers = numberCitations(part.ids, pageSources, fileName);
        return {
          type: 'citation',
          children: numbers.flatMap((n, i) => [
            ...(i > 0 ? [{ type: 'text', value: ',' } as Text] : []),
            {
              type: 'link',
              url: `#${sourceAnchor(n)}`,
              children: [{ type: 'text', value: String(n) }],
              data: { hProperties: { 'aria-label': `Source ${n}` } },
            },
          ]),
          data: { hName: 'sup', hProperties: { className: ['cite'] } },
        } as unknown as PhrasingContent;
      });
      parent.children.splice(index, 1, ...(replacement as never[]));
      return [SKIP, index + replacement.length];
    });
  };
}
