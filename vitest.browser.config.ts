import { defineConfig } from 'vitest/config';

// Tests of the built site: tests/built/ reads the files in dist/; tests/browser/ drives a real Chromium.
// Three files run at a time on two cores: a browser file spends part of its time waiting on pages. Measured
// here: 377 s with two, 332 s with three; four made the files compete (the HTML checker took 146 s, not 15).
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts', 'tests/browser/**/*.test.ts'],
    maxWorkers: 3,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
