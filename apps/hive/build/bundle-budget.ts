// Fails the hive build when the JavaScript a phone loads first grows past its budget (gzipped).
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

type Chunk = { type: 'chunk'; fileName: string; code: string; isEntry: boolean; imports: string[] };
type Bundle = Record<string, Chunk | { type: 'asset' }>;

/** The entry chunks and everything they import statically: what loads before the first screen. */
export function firstLoadChunks(bundle: Bundle): Chunk[] {
  const chunks = new Map(Object.values(bundle).filter((c): c is Chunk => c.type === 'chunk').map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = chunks.get(fileName);
    if (!chunk || seen.has(fileName)) return;
    seen.add(fileName);
    chunk.imports.forEach(visit);
  };
  [...chunks.values()].filter((c) => c.isEntry).forEach((c) => visit(c.fileName));
  return [...seen].map((f) => chunks.get(f)!);
}

export function bundleBudget({ maxGzipBytes }: { maxGzipBytes: number }): Plugin {
  return {
    name: 'kruosar-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = firstLoadChunks(bundle as unknown as Bundle);
      const bytes = chunks.reduce((sum, c) => sum + gzipSync(c.code).length, 0);
      // Measured like `gzip -c` (default level), in bytes, so anyone can check it by hand.
      const summary = `first-load JS ${bytes} bytes gzipped (budget ${maxGzipBytes}): ${chunks.map((c) => c.fileName).join(', ')}`;
      if (bytes > maxGzipBytes) this.error(`Hive bundle over budget: ${summary}`);
      this.info(summary);
    },
  };
}
