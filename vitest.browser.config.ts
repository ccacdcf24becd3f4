import { defineConfig } from 'vitest/config';

// Browser tests run one file at a time: each drives a real Chromium, and the machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
