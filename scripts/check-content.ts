/**
 * Checks the content files without building the site, with the same rules as
 * the build: every entry's schema, the rules that span files, and every
 * translation (words only, parity, citations). Prints each problem with its
 * file and field.
 *
 *   npm run check:content            everything
 *   npm run check:content -- FILE…   only these translation files
 */
import { checkContent } from '../src/lib/content/check.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2);
const problems = checkContent(ROOT, only.length ? only : undefined);
const byFile = new Map<string, string[]>();
for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), `${p.field}: ${p.message}`]);
for (const [file, lines] of byFile) {
  console.log(`✗ ${file}`);
  for (const line of lines) console.log(`    ${line}`);
}
console.log(problems.length === 0 ? '✓ content passes every check' : `${byFile.size} files with ${problems.length} problems`);
if (problems.length > 0) process.exitCode = 1;
