// Fails a portal build when the JavaScript the first load of a route needs (the entry, its static imports and the
// largest lazy route chunk with what it imports) passes a budget, gzipped like `gzip -c`.
import { gzipSync } from "node:zlib";
function firstLoadChunks(bundle) {
  const chunks = new Map(Object.values(bundle).filter((c) => c.type === "chunk").map((c) => [c.fileName, c]));
  const seen = /* @__PURE__ */ new Set();
  const visit = (fileName) => {
    const chunk = chunks.get(fileName);
    if (!chunk || seen.has(fileName)) return;
    seen.add(fileName);
    chunk.imports.forEach(visit);
  };
  [...chunks.values()].filter((c) => c.isEntry).forEach((c) => visit(c.fileName));
  return [...seen].map((f) => chunks.get(f));
}
function bundleBudget({ portal, maxGzipBytes }) {
  return {
    name: "kruosar-bundle-budget",
    apply: "build",
    generateBundle(_options, bundle) {
      const all = bundle;
      const entry = firstLoadChunks(all);
      const entryNames = new Set(entry.map((c) => c.fileName));
      const gz = (c) => gzipSync(c.code).length;
      const entryBytes = entry.reduce((sum, c) => sum + gz(c), 0);
      const lazyChunks = Object.values(all).filter((c) => c.type === "chunk" && !entryNames.has(c.fileName));
      const byName = new Map(lazyChunks.map((c) => [c.fileName, c]));
      const routeBytes = (c) => {
        const seen = /* @__PURE__ */ new Set();
        const visit = (name) => {
          const chunk = byName.get(name);
          if (!chunk || seen.has(name)) return;
          seen.add(name);
          chunk.imports.forEach(visit);
        };
        visit(c.fileName);
        return [...seen].reduce((sum, name) => sum + gz(byName.get(name)), 0);
      };
      const largest = lazyChunks.map((c) => ({ name: c.fileName, bytes: routeBytes(c) })).sort((a, b) => b.bytes - a.bytes)[0];
      const bytes = entryBytes + (largest?.bytes ?? 0);
      const summary = `${portal} first load of a route: ${bytes} bytes of JS gzipped (budget ${maxGzipBytes}): entry ${entryBytes} (${entry.map((c) => c.fileName).join(", ")}) + largest route ${largest?.bytes ?? 0} (${largest?.name ?? "none"})`;
      if (bytes > maxGzipBytes) this.error(`Bundle over budget: ${summary}`);
      this.info(summary);
    }
  };
}
export {
  bundleBudget,
  firstLoadChunks
};
