/**
 * Flesch–Kincaid grade level of English prose, for the plain-language check
 * on explainers (target: grade 8 or lower, a reading age of about 11–13).
 */

/** Markdown/MDX body to plain sentences: drops markup, citations, links' URLs and code. */
export function plainText(body: string): string {
  return body
    .replace(/^---[\s\S]*?\n---\n/, '') // front matter
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // JSX and HTML tags
    .replace(/\[@[^\]]*\]/g, '') // citations
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their text
    .replace(/https?:\/\/\S+/g, ' link ')
    .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, ' email ')
    .replace(/^#{1,6}\s+(.*)$/gm, '$1.') // a heading reads as a sentence
    .replace(/^\s*[-*+]\s+(.*?)\s*$/gm, (_, item: string) => (/[.!?:]$/.test(item) ? item : `${item}.`))
    .replace(/^\s*\d+\.\s+(.*?)\s*$/gm, (_, item: string) => (/[.!?:]$/.test(item) ? item : `${item}.`))
    .replace(/[*_`>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function countSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m[0] ?? '').replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

export function fleschKincaid(text: string): Readability {
  const sentences = Math.max(1, text.split(/[.!?:;]+(?=\s|$)/).filter((s) => /[A-Za-z]/.test(s)).length);
  const words = text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0);
  const n = Math.max(1, words.length);
  const grade = 0.39 * (n / sentences) + 11.8 * (syllables / n) - 15.59;
  return { words: words.length, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}
