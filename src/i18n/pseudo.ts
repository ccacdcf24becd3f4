/**
 * Pseudo-localisation: English made visibly foreign but still readable.
 * Letters get accents, vowels are doubled (about 35% longer, as German or
 * Russian text often is) and every string is bracketed, so a test build can
 * spot any interface text that did not go through a dictionary, and any
 * layout that cannot take longer words. Placeholders such as {n} and
 * anything without letters (punctuation, numbers) are left alone.
 */

const ACCENTED: Record<string, string> = Object.fromEntries([
  ...'abcdefghijklmnopqrstuvwxyz'.split('').map((c, i) => [c, 'áƀçḓéƒğħíĵķĺɱñóƥʠŕšŧúṽŵẋýž'[i]!]),
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((c, i) => [c, 'ÁƁÇḒÉƑĞĦÍĴĶĹṀÑÓƤǪŔŠŦÚṼŴẊÝŽ'[i]!]),
] as [string, string][]);
const VOWELS = new Set('aeiouAEIOU');
const PLACEHOLDER = /(\{\w+\})/;

/** The bracket pair that marks pseudo-localised text; tests look for it. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

function accent(text: string): string {
  let out = '';
  for (const char of text) {
    const mapped = ACCENTED[char];
    out += mapped ? (VOWELS.has(char) ? mapped + mapped.toLowerCase() : mapped) : char;
  }
  return out;
}

/** One string, pseudo-localised; text with no Latin letters is returned as it is. */
export function pseudo(text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  const body = text
    .split(PLACEHOLDER)
    .map((part) => (PLACEHOLDER.test(part) ? part : accent(part)))
    .join('');
  // Keep leading and trailing spaces outside the brackets so joined phrases still read.
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(body) ?? [];
  return `${lead}${PSEUDO_OPEN}${core}${PSEUDO_CLOSE}${trail}`;
}

/** Every string in a dictionary or vocabulary, and every string a function in it returns. */
export function pseudoDeep<T>(value: T): T {
  if (typeof value === 'string') return pseudo(value) as T;
  if (typeof value === 'function') {
    const fn = value as unknown as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => pseudoDeep(fn(...args))) as T;
  }
  if (Array.isArray(value)) return value.map((item) => pseudoDeep(item)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, pseudoDeep(item)])) as T;
  }
  return value;
}

/**
 * Markdown text, pseudo-localised without breaking its syntax: link targets,
 * citations, tags, code and URLs stay as they are.
 */
export function pseudoMarkdown(markdown: string): string {
  const KEEP = /(\]\([^)]*\)|\[@[^\]]*\]|<[^>]*>|`[^`]*`|https?:\/\/\S+|^#+ |^\s*[-*] |^\s*\d+\. |\*\*)/gm;
  return markdown
    .split('\n')
    .map((line) => {
      if (!/[A-Za-z]/.test(line)) return line;
      return line
        .split(KEEP)
        .map((part, i) =>
          i % 2 === 0
            ? accent(part)
            : part.startsWith('<')
              ? part.replace(/(title=")([^"]*)(")/, (_, a: string, b: string, c: string) => a + accent(b) + c)
              : part,
        )
        .join('');
    })
    .join('\n');
}
