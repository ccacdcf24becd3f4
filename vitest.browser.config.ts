import { defineConfig } from 'vitest/config';

// Tests of the built site: tests/built/ reads the files in dist/; tests/browser/ drives a real Chromium.
// Two files run at a time, one per core: a browser file spends much of its time waiting on pages.
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts', 'tests/browser/**/*.test.ts'],
    maxWorkers: 4,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
