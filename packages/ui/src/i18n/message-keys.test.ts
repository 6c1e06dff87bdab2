// Every error key the server can send has a label in the portals' error files, so no user ever sees a raw key
// (or an English fallback) in place of a message in their language.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const serverSources = ['packages/domain/src', 'packages/db/src', 'packages/api/src'].map((p) => path.join(root, p));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

function hasKey(tree: unknown, dotted: string): boolean {
  let node = tree;
  for (const part of dotted.split('.')) {
    if (!node || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

describe('server error keys', () => {
  const used = new Set<string>();
  for (const file of serverSources.flatMap(sourceFiles)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/['"`]errors\.([A-Za-z][\w.]*\w)['"`]/g)) used.add(m[1]!);
  }

  it('finds the keys it checks', () => {
    expect(used.size).toBeGreaterThan(20);
  });

  for (const locale of ['en', 'km']) {
    it(`labels every one of them in ${locale}/errors.json`, () => {
      const errors = JSON.parse(readFileSync(path.join(root, 'packages/ui/src/locales', locale, 'errors.json'), 'utf8'));
      expect([...used].filter((key) => !hasKey(errors, key)).sort()).toEqual([]);
    });
  }
});
