import type { Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

/** The only components content may use: those of CONTENT_COMPONENTS (src/components/content/index.ts; a unit test keeps the two lists equal). */
export const ALLOWED_COMPONENTS = ['UrgentHelp', 'Count', 'StatusWords', 'SourceKinds', 'OtherEditions', 'Anchor'] as const;

interface ContentFile {
  path?: string;
}

/**
 * Content is text, never code. Raw HTML in Markdown is shown as text; in MDX,
 * anything but the allowed components (scripts, imports, expressions) stops
 * the build with the file named.
 */
export function remarkSafeContent() {
  return (tree: Root, file: ContentFile) => {
    const where = file.path ?? 'a content file';
    visit(tree, (node, index, parent) => {
      const type = node.type as string;
      if (type === 'html' && parent && index !== undefined) {
        const text: Text = { type: 'text', value: (node as unknown as { value: string }).value };
        parent.children.splice(index, 1, text as never);
        return [SKIP, index + 1];
      }
      if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
        const name = (node as unknown as { name: string | null }).name ?? '(fragment)';
        if (!(ALLOWED_COMPONENTS as readonly string[]).includes(name)) {
          throw new Error(`${where}: <${name}> is not allowed in content; use Markdown, or one of: ${ALLOWED_COMPONENTS.join(', ')}`);
        }
      }
      if (type === 'mdxjsEsm' || type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
        throw new Error(`${where}: imports, exports and {expressions} are not allowed in content (found ${type})`);
      }
      return undefined;
    });
  };
}
