import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLinks } from '../audit/links.ts';

const dir = mkdtempSync(join(tmpdir(), 'fiw-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkLinks', () => {
  it('finds missing pages and missing fragments, and accepts good links', () => {
    mkdirSync(join(dir, 'a'), { recursive: true });
    writeFileSync(
      join(dir, 'index.html'),
      '<a href="/a/">ok</a><a href="/a/#x">ok</a><a href="/missing/">bad</a><a href="/a/#nope">bad</a><a href="https://example.org/">ext</a><a href="#top">self</a><p id="top"></p>',
    );
    writeFileSync(join(dir, 'a', 'index.html'), '<h1 id="x">A</h1>');
    const { checked, broken } = checkLinks(dir);
    expect(checked).toBe(5);
    expect(broken.map((b) => b.link).sort()).toEqual(['/a/#nope', '/missing/']);
  });
});
