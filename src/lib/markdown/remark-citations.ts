import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { existsSync, readFileSync } from 'node:fs';
import { splitFrontMatter } from '../content/front-matter.ts';
import { ui } from '../../i18n/ui.ts';
import { fileLanguage, twinBase } from './file-language.ts';
import { numberCitations, sourceAnchor, sourceIdsFrom, splitCitations } from './citations.ts';

/**
 * A translation lists no sources of its own: it numbers its citations by its
 * default-language entry's list, so the footnotes agree in every language.
 */
function twinSources(path: string): unknown {
  const base = twinBase(path);
  if (!base) return undefined;
  const twin = ['.md', '.mdx'].map((ext) => base + ext).find((file) => existsSync(file));
  if (!twin) return [];
  return splitFrontMatter(readFileSync(twin, 'utf8')).data['sources'] ?? [];
}

interface AstroFile {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** Turns `[@id]` markers into superscript links to the page's numbered sources. */
export function remarkCitations() {
  return (tree: Root, file: AstroFile) => {
    const fileName = file.path ?? 'unknown file';
    const fromTwin = twinSources(fileName);
    const pageSources = sourceIdsFrom(fromTwin ?? file.data.astro?.frontmatter?.['sources']);
    const label = ui(fileLanguage(fileName)).cite.source;
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
              data: { hProperties: { 'aria-label': label(n) } },
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
