import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { localisePath } from '../../i18n/languages.ts';
import { ui } from '../../i18n/ui.ts';
import { fileLanguage } from './file-language.ts';

interface ContentFile {
  path?: string;
}

/**
 * Links in Markdown, in the file's language: a link to another website is
 * marked the way ExternalLink.astro marks one (with its "(external site)"
 * words from the file's dictionary), and a link within the site points into
 * the file's own edition, so translators write /lots/x/ and readers stay in
 * their language.
 */
export function remarkLinks() {
  return (tree: Root, file: ContentFile) => {
    const lang = fileLanguage(file.path);
    const words = ` ${ui(lang).externalSite}`;
    visit(tree, 'link', (node: Link) => {
      if (node.url.startsWith('/') && !node.url.startsWith('//')) {
        node.url = localisePath(node.url, lang);
        return;
      }
      if (!/^https?:\/\//i.test(node.url)) return;
      const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
      node.data = { ...data, hProperties: { ...data.hProperties, rel: 'external noopener noreferrer', className: ['external'] } } as never;
      node.children.push({
        type: 'externalMarker',
        data: { hName: 'span', hProperties: { className: ['sr-only'] }, hChildren: [{ type: 'text', value: words }] },
      } as never);
    });
  };
}
