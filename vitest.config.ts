import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    testTimeout: 120_000,
    // The content tests build a throwaway site (both languages) in a hook; on two busy cores that can take a minute.
    hookTimeout: 180_000,
  },
});
