import type { Plugin } from 'vite';

/** Writes .br and .gz copies beside each text file of the build. */
export function precompress(options?: { minBytes?: number }): Plugin;
/** Fails the build when the entry plus the largest route chunk passes `maxGzipBytes` of gzipped JavaScript. */
export function bundleBudget(options: { portal: string; maxGzipBytes: number }): Plugin;
export function firstLoadChunks(bundle: Record<string, unknown>): { fileName: string; code: string }[];
