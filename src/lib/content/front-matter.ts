/** A Markdown file's YAML front matter and body, for tools that read content without Astro. */
import { parse as parseYaml } from 'yaml';

export function splitFrontMatter(raw: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  if (!match) throw new Error('no front matter between --- lines');
  return { data: (parseYaml(match[1] ?? '') ?? {}) as Record<string, unknown>, body: match[2] ?? '' };
}
