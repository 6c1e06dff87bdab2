// Module boundaries: which workspace package may import which (see README.md).
import './nx-env.js';
import nxPlugin from '@nx/eslint-plugin/nx';
import { createProjectGraphAsync, readCachedProjectGraph } from 'nx/src/devkit-exports.js';

// The Nx rule reads the project graph from Nx's cache and silently skips itself when there is
// none (fresh clone, no `nx` command run yet). Build the graph now, offline and in-process,
// and refuse to lint without it, so a missing graph fails loudly instead of passing.
await createProjectGraphAsync({ exitOnError: false });
try {
  readCachedProjectGraph();
} catch (error) {
  throw new Error('@kruosar/eslint-config: Nx project graph unavailable; module boundaries cannot be checked', {
    cause: error,
  });
}

// Tags come from the "nx" key of each package.json. Dev-config packages (tag tooling) may be
// imported by anything; those not tagged yet are allowed by name.
const tooling = ['@kruosar/eslint-config', '@kruosar/vitest-config', '@kruosar/playwright-config', '@kruosar/tsconfig'];
const depConstraints = [
  { sourceTag: 'domain', onlyDependOnLibsWithTags: ['tooling'] },
  { sourceTag: 'db', onlyDependOnLibsWithTags: ['domain', 'tooling'] },
  { sourceTag: 'api', onlyDependOnLibsWithTags: ['domain', 'db', 'tooling'] },
  { sourceTag: 'server', onlyDependOnLibsWithTags: ['domain', 'db', 'api', 'tooling'] },
  { sourceTag: 'ui', onlyDependOnLibsWithTags: ['domain', 'tooling'] },
  // Portals may name api only for its router type; the type-only part is checked below.
  { sourceTag: 'portal', onlyDependOnLibsWithTags: ['domain', 'ui', 'api', 'tooling'] },
  { sourceTag: 'tooling', onlyDependOnLibsWithTags: ['tooling'] },
];

/** Graph direction for every package: domain <- db <- api <- server; ui <- portals. */
export const boundaries = [
  {
    files: ['**/*.{ts,tsx,js,jsx,mjs,cjs,mts,cts}'],
    plugins: { '@nx': nxPlugin },
    rules: {
      '@nx/enforce-module-boundaries': ['error', { allow: tooling, depConstraints }],
    },
  },
];

// Nx has no per-import exemption for `import type`, so it lets portals depend on api at all
// and this rule keeps that dependency to types: a value import would ship server code.
const apiTypesOnly = 'Portals may import only types from @kruosar/api (`import type { StaffRouter } ...`).';

/** Extra rule for portals: api is reachable for its router type only. */
export const portalBoundaries = [
  {
    files: ['**/*.{ts,tsx,js,jsx,mjs,cjs,mts,cts}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@kruosar/api', allowTypeImports: true, message: apiTypesOnly }],
          patterns: [{ group: ['@kruosar/api/*'], allowTypeImports: true, message: apiTypesOnly }],
        },
      ],
      // `import('@kruosar/api')` would load server code just the same.
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression[source.value=/^@kruosar\\/api(\\/|$)/]', message: apiTypesOnly },
      ],
    },
  },
];
