// Proves the module-boundary rules can fail: lints snippets as if they sat in each package.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const linters = new Map();

/** Lints `code` as the file `filePath` (relative to the repo root) with its package's own config. */
async function lint(filePath, code) {
  const pkg = filePath.split('/').slice(0, 2).join('/');
  if (!linters.has(pkg)) {
    linters.set(pkg, new ESLint({ cwd: repoRoot, overrideConfigFile: `${repoRoot}${pkg}/eslint.config.js` }));
  }
  const [result] = await linters.get(pkg).lintText(code, { filePath: `${repoRoot}${filePath}` });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const layers = 'kruosar/boundaries';
const typesOnly = '@typescript-eslint/no-restricted-imports';

describe('module boundaries', () => {
  it.each([
    ['packages/domain/src/x.ts', "import { openDatabase } from '@kruosar/db';\nexport const x = openDatabase;\n", layers],
    ['packages/domain/src/x.ts', "import type { Db } from '@kruosar/db';\nexport type X = Db;\n", layers],
    ['packages/db/src/x.ts', "import { staffRouter } from '@kruosar/api';\nexport const x = staffRouter;\n", layers],
    ['packages/ui/src/x.tsx', "import type { StaffRouter } from '@kruosar/api';\nexport type X = StaffRouter;\n", layers],
    ['apps/staff/src/x.tsx', "import { staffRouter } from '@kruosar/api';\nexport const x = staffRouter;\n", typesOnly],
    ['apps/staff/src/x.tsx', "import { staffRouter, type StaffRouter } from '@kruosar/api';\nexport const x: StaffRouter = staffRouter;\n", typesOnly],
    ['apps/supporters/src/x.ts', "export { supportersRouter } from '@kruosar/api';\n", typesOnly],
    ['apps/hive/src/x.tsx', "export const api = await import('@kruosar/api');\n", 'no-restricted-syntax'],
    ['apps/hive/src/x.tsx', "import { openDatabase } from '@kruosar/db';\nexport const x = openDatabase;\n", layers],
    ['apps/hive/src/x.tsx', "import { x } from '../../../packages/api/src/index.ts';\nexport const y = x;\n", layers],
    ['packages/api/src/x.ts', "import { buildApp } from '@kruosar/server/src/app';\nexport const x = buildApp;\n", layers],
    ['packages/api/src/x.ts', "export * from '@kruosar/server';\n", layers],
    ['packages/db/src/x.ts', "import { buildApp } from '@kruosar/server';\nexport const x = buildApp;\n", layers],
    ['packages/db/src/x.ts', "export type X = import('@kruosar/server').App;\n", layers],
    ['apps/hive/src/x.tsx', "import { signIn } from '@kruosar/staff/src/lib/auth';\nexport const x = signIn;\n", layers],
    ['apps/staff/src/x.tsx', "import { App } from '@kruosar/supporters';\nexport const x = App;\n", layers],
    ['apps/supporters/src/x.tsx', "export const staff = await import('@kruosar/staff/src/main');\n", layers],
    ['apps/server/src/x.ts', "import { createContext } from '@kruosar/api/src/context';\nexport const x = createContext;\n", layers],
    ['apps/server/src/x.ts', "import { App } from '../../staff/src/app';\nexport const x = App;\n", layers],
    ['packages/domain/src/x.ts', "import Database from 'better-sqlite3';\nexport const x = Database;\n", layers],
    ['packages/domain/src/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", layers],
    ['packages/domain/src/x.ts', "import { createHash } from 'crypto';\nexport const x = createHash;\n", layers],
    ['packages/domain/src/x.ts', "export { sql } from 'drizzle-orm';\n", layers],
    ['packages/domain/src/x.test.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", layers],
    ['packages/domain/src/x.ts', "import loadHighs from 'highs';\nexport const x = loadHighs;\n", layers],
  ])('%s rejects %j', async (filePath, code, ruleId) => {
    const messages = await lint(filePath, code);
    expect(messages.some((m) => m.startsWith(`${ruleId}:`)), messages.join('\n')).toBe(true);
  });

  it.each([
    ['apps/staff/src/x.tsx', "import type { StaffRouter } from '@kruosar/api';\nexport type X = StaffRouter;\n"],
    ['apps/hive/src/x.tsx', "import { DomainError } from '@kruosar/domain';\nexport const x = DomainError;\n"],
    ['packages/db/src/x.ts', "import { DomainError } from '@kruosar/domain';\nexport const x = DomainError;\n"],
    ['packages/ui/src/x.tsx', "import { DomainError } from '@kruosar/domain';\nexport const x = DomainError;\n"],
    ['packages/api/src/x.ts', "import { openDatabase } from '@kruosar/db';\nexport const x = openDatabase;\n"],
    ['apps/server/src/x.ts', "import { openDatabase } from '@kruosar/db';\nimport { staffRouter } from '@kruosar/api';\nexport const x = [openDatabase, staffRouter];\n"],
    ['packages/domain/src/x.ts', "import { z } from 'zod';\nimport { y } from './y.ts';\nexport const x = [z, y];\n"],
    ['packages/domain/src/x.test.ts', "import { it } from 'vitest';\nimport fc from 'fast-check';\nexport const x = [it, fc];\n"],
    ['packages/domain/src/x.test.ts', "import loadHighs from 'highs';\nexport const x = loadHighs;\n"],
    ['packages/api/src/x.ts', "import { tempDatabase } from '@kruosar/db/testing';\nexport const x = tempDatabase;\n"],
    ['apps/hive/src/x.tsx', "import { t } from '@kruosar/ui/hive-lite';\nimport en from '@kruosar/ui/locales/en/common.json';\nexport const x = [t, en];\n"],
    ['apps/staff/src/features/x/y.tsx', "import { z } from '../../lib/z';\nexport const x = z;\n"],
    ['packages/domain/vitest.config.ts', "import { vitestConfig } from '@kruosar/vitest-config';\nexport default vitestConfig();\n"],
  ])('%s allows %j', async (filePath, code) => {
    expect(await lint(filePath, code)).toEqual([]);
  });
});
