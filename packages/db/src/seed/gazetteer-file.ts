// Reads a gazetteer JSON file (shape: docs/gazetteer.md) and validates it, with messages a person can act on.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DomainError, GazetteerFile } from '@kruosar/domain';

const invalid = (message: string, field?: string) => new DomainError('INVALID', 'errors.gazetteerInvalid', message, field);

/** `villages.3.code` style path of a validation issue, `(top level)` for the file itself. */
function issuePath(issuePathParts: readonly PropertyKey[]): string {
  return issuePathParts.length === 0 ? '(top level)' : issuePathParts.map(String).join('.');
}

export function readGazetteerFile(file: string): GazetteerFile {
  const where = path.resolve(file);
  let text: string;
  try {
    text = readFileSync(where, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw invalid(`The gazetteer file ${where} does not exist.`);
    if (code === 'EISDIR') throw invalid(`${where} is a folder, not a gazetteer file.`);
    throw invalid(`The gazetteer file ${where} could not be read (${code ?? String(error)}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw invalid(`The gazetteer file ${where} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = GazetteerFile.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const at = issuePath(first?.path ?? []);
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problem(s))` : '';
    throw invalid(`The gazetteer file ${where} does not have the expected shape: at ${at}: ${first?.message ?? 'invalid'}${more}`, at);
  }
  return parsed.data;
}
