// Lint: typescript-eslint's recommended rules over the TypeScript sources.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', 'site/dist/', '.local/', 'test-results/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `import { z } from 'zod'` keeps all of zod 4 (every locale, JSON Schema) in every Lambda
      // bundle (443 KB); the namespace import lets esbuild keep only what is used (88 KB).
      'no-restricted-syntax': ['error', {
        selector: "ImportDeclaration[source.value='zod'][importKind='value'] > ImportSpecifier[imported.name='z'][importKind='value']",
        message: "Use `import * as z from 'zod'` (tree-shakable; see bench/RESULTS.md, cold start).",
      }],
    },
  },
);
