import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { remarkSafeContent } from '../../src/lib/markdown/remark-safe-content.ts';

const run = (tree: Root) => {
  remarkSafeContent()(tree, { path: 'content/x.md' });
  return tree;
};

describe('remarkSafeContent', () => {
  it('turns raw HTML in Markdown into text', () => {
    const tree = run({
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'html', value: '<script>alert(1)</script>' }] }],
    });
    expect(tree.children[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', value: '<script>alert(1)</script>' }] });
  });
  it('allows the UrgentHelp component and refuses any other element', () => {
    expect(() =>
      run({ type: 'root', children: [{ type: 'mdxJsxFlowElement', name: 'UrgentHelp', attributes: [], children: [] } as never] }),
    ).not.toThrow();
    expect(() =>
      run({ type: 'root', children: [{ type: 'mdxJsxFlowElement', name: 'iframe', attributes: [], children: [] } as never] }),
    ).toThrow(/content\/x\.md: <iframe> is not allowed/);
  });
});
