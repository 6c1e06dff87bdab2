// Shared flat ESLint configs: default for Node packages, `react` for ui, `portal` for the three portals.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { boundaries, portalBoundaries } from './boundaries.js';

const base = tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', '**/drizzle/**', '**/playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...boundaries,
);

export const react = [...base, reactHooks.configs.flat.recommended];

export const portal = [...react, ...portalBoundaries];

export default base;
