import type { Plugin } from 'vite';

/** Writes .br and .gz copies beside each text file of the build. */
export function precompress(options?: { minBytes?: number }): Plugin;
/**
 * Fails the build when the first load of the heaviest route (the entry, the language chunk shown first, and the
 * heaviest chain of lazy chunks from there, `depth` long, 2 unless told) passes `maxGzipBytes` of gzipped JavaScript.
 * `languageChunks` matches the module behind each lazily loaded language's chunk, when strings are split by language.
 */
export function bundleBudget(options: { portal: string; maxGzipBytes: number; languageChunks?: RegExp; depth?: number }): Plugin;
export function firstLoadChunks(bundle: Record<string, unknown>): { fileName: string; code: string }[];
export type FirstLoad = {
  bytes: number;
  entry: { bytes: number; chunks: string[] };
  language: { bytes: number; chunks: string[] };
  route: { bytes: number; chain: string[] };
};
export function measureFirstLoad(bundle: Record<string, unknown>, options?: { isLanguage?: (chunk: { fileName: string; facadeModuleId: string | null }) => boolean; depth?: number }): FirstLoad;
