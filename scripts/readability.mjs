// Prints the Flesch–Kincaid grade of every explainer's English body text.
// Target: grade 8 or lower (a reading age of about 11–13). Exits 1 if any is above.
import { readFileSync, readdirSync } from 'node:fs';
import { fleschKincaid, plainText } from '../src/lib/markdown/readability.ts';

const TARGET = 8;
const dir = 'content/risks';
const rows = readdirSync(dir)
  .filter((f) => /\.mdx?$/.test(f))
  .sort()
  .map((file) => ({ file, ...fleschKincaid(plainText(readFileSync(`${dir}/${file}`, 'utf8'))) }));
const width = Math.max(...rows.map((r) => r.file.length), 10);
console.log(`${'explainer'.padEnd(width)}  grade  words  sentences`);
for (const r of rows) {
  console.log(
    `${r.file.padEnd(width)}  ${r.grade.toFixed(1).padStart(5)}  ${String(r.words).padStart(5)}  ${String(r.sentences).padStart(9)}${r.grade > TARGET ? '  <- above grade ' + TARGET : ''}`,
  );
}
const over = rows.filter((r) => r.grade > TARGET);
if (over.length) {
  console.error(`\n${over.length} explainer(s) above grade ${TARGET}.`);
  process.exit(1);
}
console.log(`\nAll ${rows.length} explainers at grade ${TARGET} or lower.`);
