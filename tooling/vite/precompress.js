// Writes a brotli (.br) and a gzip (.gz) copy beside each text file of a portal build, so @fastify/static's
// `preCompressed` sends a browser a third of the bytes, compressed once at the best level, not on every request.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
const compressible = /\.(js|css|html|svg|webmanifest|json)$/;
function precompress({ minBytes = 1024 } = {}) {
  let outDir = "dist";
  return {
    name: "kruosar-precompress",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!compressible.test(fileName)) continue;
        const file = path.join(outDir, fileName);
        const content = readFileSync(file);
        if (content.length < minBytes) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    }
  };
}
export {
  precompress
};
