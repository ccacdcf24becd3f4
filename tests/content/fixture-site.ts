/**
 * Throwaway copies of the site with a small fixture content set, for tests
 * that must build content the real site never publishes (malformed or hostile).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = resolve(import.meta.dirname, '../..');
const VALID = resolve(import.meta.dirname, 'fixtures/valid');
const made: string[] = [];

export function makeSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fiw-fixture-'));
  made.push(dir);
  for (const item of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  cpSync(VALID, join(dir, 'content'), { recursive: true });
  return dir;
}

export function removeSites(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function run(dir: string, args: string[], env: Record<string, string> = {}): { ok: boolean; output: string } {
  const result = spawnSync('npx', args, {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  // Strip colour codes so assertions read the words.
  // eslint-disable-next-line no-control-regex -- terminal colour codes start with ESC
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { ok: result.status === 0, output };
}

export const build = (dir: string, env: Record<string, string> = {}) => run(dir, ['astro', 'build'], env);

export function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, 'content', file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

export function write(dir: string, file: string, text: string): void {
  writeFileSync(join(dir, 'content', file), text);
}
