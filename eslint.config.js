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
  {
    // What ends up in a Lambda bundle validates with zod/mini: classic zod's methods keep ~90 KB of
    // zod in every bundle, zod/mini's functions ~30 KB (docs/decisions.md, "zod in handlers").
    files: ['shared/**/*.ts', 'functions/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['zod', 'zod/v4', 'zod/v3', 'zod/v4/classic'].map((name) => ({
          name,
          message: "Lambda code uses `import * as z from 'zod/mini'` (types that take any schema: 'zod/v4/core'); see docs/decisions.md.",
        })),
      }],
    },
  },
);
