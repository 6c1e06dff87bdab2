// Where tests and the demo tooling find a reference gazetteer: KRUOSAR_GAZETTEER, or the shared data folder beside the checkout (docs/gazetteer.md).
// The product never reads it at run time: an organisation imports its own file with `geo import`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The shared file's path; `override` (e.g. from KRUOSAR_GAZETTEER, read by the caller) wins. */
export function sharedGazetteerPath(override?: string): string {
  return override ? path.resolve(override) : path.resolve(projectRoot, '../shared/data/cambodia-gazetteer.json');
}

export function sharedGazetteerExists(override?: string): boolean {
  return existsSync(sharedGazetteerPath(override));
}
