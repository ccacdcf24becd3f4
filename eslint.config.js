// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.cache/', 'node_modules/', 'content/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Scripts that ship to the browser may import only modules marked as browser-safe (*.browser.ts).
    files: ['src/scripts/**/*.ts', 'src/**/*.browser.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.{1,2}/(?!.*\\.browser(\\.ts)?$)(?!pagefind(\\.ts)?$)(?!.*/pagefind(\\.ts)?$)(?!.*(lot-index|ui)(\\.ts)?$).*',
              message: 'browser code imports only *.browser.ts modules (and types); move shared logic into one',
              allowTypeImports: true,
            },
            { regex: '^node:', message: 'browser code cannot use Node modules' },
            { regex: '^astro:', message: 'browser code cannot use Astro modules' },
          ],
        },
      ],
    },
  },
);
