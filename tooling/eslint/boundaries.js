// Module boundaries: which workspace package may import which (see README.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Layers may import the workspace packages of the layers listed here (and their own files).
const allowedLayers = {
  domain: ['tooling'],
  db: ['domain', 'tooling'],
  api: ['domain', 'db', 'tooling'],
  server: ['domain', 'db', 'api', 'tooling'],
  ui: ['domain', 'tooling'],
  // Portals may name api only for its router type; `portalBoundaries` below keeps it to types.
  portal: ['domain', 'ui', 'api', 'tooling'],
  tooling: ['tooling'],
};

// The domain stays pure: its sources import zod and their own files, nothing with I/O. Its tests and
// configs may also use the test tools, and the integer-programming solver that attacks the disclosure rules.
const domainSourceImports = ['zod'];
const domainTestImports = ['zod', 'vitest', 'fast-check', 'highs'];
const isTestOrConfig = (file) => /\.test\.[cm]?[jt]sx?$/.test(file) || !file.includes(`${path.sep}src${path.sep}`);

/** Every workspace package: its folder, name, layer (`"kruosar": { "layer": ... }` in package.json) and exports. */
function readWorkspace() {
  const packages = [];
  for (const group of ['apps', 'packages', 'tooling']) {
    for (const name of readdirSync(path.join(repoRoot, group))) {
      const dir = path.join(repoRoot, group, name);
      if (!existsSync(path.join(dir, 'package.json'))) continue;
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      const layer = manifest.kruosar?.layer;
      if (!allowedLayers[layer]) {
        throw new Error(`@kruosar/eslint-config: ${group}/${name}/package.json needs "kruosar": { "layer": one of ${Object.keys(allowedLayers).join(', ')} }`);
      }
      const exportKeys = typeof manifest.exports === 'object' ? Object.keys(manifest.exports) : ['.'];
      packages.push({ dir, name: manifest.name, layer, exportKeys });
    }
  }
  return packages;
}

const workspace = readWorkspace();
const byName = new Map(workspace.map((p) => [p.name, p]));
const packageOfFile = (file) => workspace.find((p) => file === p.dir || file.startsWith(p.dir + path.sep));

/** `@scope/name/sub/path` -> ['@scope/name', './sub/path']; `name` -> ['name', '.']. */
function splitSpecifier(specifier) {
  const parts = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  const rest = parts.slice(nameLength).join('/');
  return [parts.slice(0, nameLength).join('/'), rest ? `./${rest}` : '.'];
}

const exportsSubpath = (keys, subpath) =>
  keys.some((key) => key === subpath || (key.includes('*') && subpath.startsWith(key.slice(0, key.indexOf('*')))));

/** Why `specifier`, imported from `file` in package `from`, crosses a boundary; undefined when it may. */
export function boundaryViolation(file, from, specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = path.resolve(path.dirname(file), specifier);
    if (packageOfFile(target) === from) return undefined;
    return `relative import out of ${from.name} ("${specifier}"): import a workspace package by its name`;
  }
  const [name, subpath] = splitSpecifier(specifier);
  const target = byName.get(name);
  if (target) {
    if (target === from) return undefined;
    if (!allowedLayers[from.layer].includes(target.layer)) {
      return `${from.name} (${from.layer}) may not import ${name} (${target.layer}); allowed: ${allowedLayers[from.layer].join(', ')}`;
    }
    if (!exportsSubpath(target.exportKeys, subpath)) {
      return `"${specifier}" reaches inside ${name}: import only what its package.json "exports" lists`;
    }
    return undefined;
  }
  if (from.layer === 'domain') {
    const allowed = isTestOrConfig(file) ? domainTestImports : domainSourceImports;
    if (!allowed.includes(name)) return `the domain imports only ${allowed.join(', ')} and its own files, not "${specifier}"`;
  }
  return undefined;
}

/** ESLint rule: reports every import, export-from, dynamic import and `import('x')` type that crosses a boundary. */
const boundariesRule = {
  meta: { type: 'problem', schema: [], docs: { description: 'Workspace packages import only along the allowed arrows.' } },
  create(context) {
    const file = context.filename;
    const from = packageOfFile(file);
    if (!from) return {};
    const check = (node, source) => {
      if (typeof source?.value !== 'string') return;
      const message = boundaryViolation(file, from, source.value);
      if (message) context.report({ node, message });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument),
    };
  },
};

/** Graph direction for every package: domain <- db <- api <- server; ui <- portals. */
export const boundaries = [
  {
    files: ['**/*.{ts,tsx,js,jsx,mjs,cjs,mts,cts}'],
    plugins: { kruosar: { rules: { boundaries: boundariesRule } } },
    rules: { 'kruosar/boundaries': 'error' },
  },
];

// The layer rule lets portals depend on api at all; this one keeps that dependency to types, because a
// value import would ship server code to the browser.
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
