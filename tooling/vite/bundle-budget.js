// Fails a portal build when the JavaScript the first load of its heaviest route needs passes a budget, gzipped like
// `gzip -c`. A first load is: the entry with its static imports; the language chunk fetched before the first paint
// (the heaviest of them, when strings are split by language); then the heaviest chain of lazy chunks a page opens
// while it renders, `depth` long (2: a route's screen, then a part it shows at once, like the case page's open tab),
// each with the static imports not loaded yet. Deeper lazy chunks open on a click (an edit form). Within that depth
// the count is an upper bound: a lazy chunk a button opens counts as if it opened at once.
import { gzipSync } from "node:zlib";

function chunksOf(bundle) {
  return new Map(Object.values(bundle).filter((c) => c.type === "chunk").map((c) => [c.fileName, c]));
}

// A chunk and the static imports it needs that are not in `loaded`.
function closure(chunks, fileName, loaded) {
  const seen = new Set();
  const visit = (name) => {
    const chunk = chunks.get(name);
    if (!chunk || seen.has(name) || loaded.has(name)) return;
    seen.add(name);
    chunk.imports.forEach(visit);
  };
  visit(fileName);
  return seen;
}

function firstLoadChunks(bundle) {
  const chunks = chunksOf(bundle);
  const seen = new Set();
  for (const c of chunks.values()) if (c.isEntry) for (const name of closure(chunks, c.fileName, seen)) seen.add(name);
  return [...seen].map((f) => chunks.get(f));
}

/**
 * The first load of a route, measured as described above. `isLanguage(chunk)` tells the chunks of one language's
 * strings apart (they load before the first paint, beside the route, and never as part of a route's chain).
 */
function measureFirstLoad(bundle, { isLanguage = () => false, depth = 2 } = {}) {
  const chunks = chunksOf(bundle);
  const sizes = new Map();
  const gz = (name) => {
    if (!sizes.has(name)) sizes.set(name, gzipSync(chunks.get(name).code).length);
    return sizes.get(name);
  };
  const total = (names) => [...names].reduce((sum, name) => sum + gz(name), 0);
  const entry = new Set(firstLoadChunks(bundle).map((c) => c.fileName));
  const languages = [...chunks.values()].filter((c) => !entry.has(c.fileName) && isLanguage(c));
  const language = languages
    .map((c) => ({ names: closure(chunks, c.fileName, entry) }))
    .map((l) => ({ ...l, bytes: total(l.names) }))
    .sort((a, b) => b.bytes - a.bytes)[0] ?? { names: new Set(), bytes: 0 };
  const languageNames = new Set(languages.map((c) => c.fileName));
  // The heaviest chain of lazy chunks from `from`, given what is loaded already (`path` guards against cycles).
  const heaviest = (from, loaded, path) => {
    let best = { bytes: 0, chain: [] };
    if (path.size > depth) return best;
    for (const next of chunks.get(from)?.dynamicImports ?? []) {
      if (languageNames.has(next) || loaded.has(next) || path.has(next)) continue;
      const names = closure(chunks, next, loaded);
      const rest = heaviest(next, new Set([...loaded, ...names]), new Set([...path, next]));
      const bytes = total(names) + rest.bytes;
      if (bytes > best.bytes) best = { bytes, chain: [next, ...rest.chain] };
    }
    return best;
  };
  const loaded = new Set([...entry, ...language.names]);
  let route = { bytes: 0, chain: [] };
  for (const name of entry) {
    const candidate = heaviest(name, loaded, new Set([name]));
    if (candidate.bytes > route.bytes) route = candidate;
  }
  const entryBytes = total(entry);
  return {
    bytes: entryBytes + language.bytes + route.bytes,
    entry: { bytes: entryBytes, chunks: [...entry] },
    language: { bytes: language.bytes, chunks: [...language.names] },
    route: { bytes: route.bytes, chain: route.chain },
  };
}

function bundleBudget({ portal, maxGzipBytes, languageChunks, depth }) {
  return {
    name: "kruosar-bundle-budget",
    apply: "build",
    generateBundle(_options, bundle) {
      const isLanguage = (c) => Boolean(languageChunks && c.facadeModuleId && languageChunks.test(c.facadeModuleId));
      const m = measureFirstLoad(bundle, { isLanguage, depth });
      const summary = `${portal} first load of a route: ${m.bytes} bytes of JS gzipped (budget ${maxGzipBytes}): entry ${m.entry.bytes} (${m.entry.chunks.join(", ")}) + language ${m.language.bytes} (${m.language.chunks.join(", ") || "in the entry"}) + heaviest route ${m.route.bytes} (${m.route.chain.join(" > ") || "none"})`;
      if (m.bytes > maxGzipBytes) this.error(`Bundle over budget: ${summary}`);
      this.info(summary);
    }
  };
}

export {
  bundleBudget,
  firstLoadChunks,
  measureFirstLoad
};
