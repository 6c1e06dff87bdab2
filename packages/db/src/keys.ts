// The installation's secret: 32 random bytes, from KRUOSAR_DB_KEY or a key file kept beside the database (never in
// the repository, never inside the database). Two independent keys are derived from it: one encrypts the database,
// one signs the audit chain, so someone handed the database key alone still cannot forge audit entries.
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { hkdfSync, randomBytes } from 'node:crypto';
import path from 'node:path';

export type InstallationKeys = {
  /** SQLCipher raw key: the database, its WAL and every backup are encrypted with it. */
  database: Buffer;
  /** HMAC-SHA256 key of the audit chain and its checkpoints. */
  audit: Buffer;
};

export class KeyError extends Error {
  override readonly name = 'KeyError';
}

const SECRET_BYTES = 32;
const SECRET_HEX = /^[0-9a-f]{64}$/i;

export function deriveKeys(secret: Buffer): InstallationKeys {
  if (secret.length !== SECRET_BYTES) throw new KeyError(`A Kruosar key is ${SECRET_BYTES} bytes`);
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), info, 32));
  return { database: derive('kruosar database encryption'), audit: derive('kruosar audit chain') };
}

/** The secret as written in a key file or KRUOSAR_DB_KEY: 64 hexadecimal characters (e.g. `openssl rand -hex 32`). */
export function parseSecret(text: string, source: string): Buffer {
  const hex = text.trim();
  if (!SECRET_HEX.test(hex)) throw new KeyError(`${source} must hold 64 hexadecimal characters (32 random bytes, e.g. from \`openssl rand -hex 32\`).`);
  return Buffer.from(hex, 'hex');
}

/** Where the key of a database is kept when no --key-file is given: beside it, `kruosar.db` -> `kruosar.key`. */
export function defaultKeyFile(dbPath: string): string {
  const resolved = path.resolve(dbPath);
  return path.join(path.dirname(resolved), `${path.basename(resolved, path.extname(resolved))}.key`);
}

export function readKeyFile(file: string): InstallationKeys {
  return deriveKeys(parseSecret(readFileSync(file, 'utf8'), `The key file ${path.resolve(file)}`));
}

/** Write a new random secret, readable by this user only; never overwrites an existing file. */
export function createKeyFile(file: string): InstallationKeys {
  const secret = randomBytes(SECRET_BYTES);
  const fd = openSync(file, 'wx', 0o600);
  try {
    writeSync(fd, `${secret.toString('hex')}\n`);
  } finally {
    closeSync(fd);
  }
  return deriveKeys(secret);
}

export type KeySource = {
  /** KRUOSAR_DB_KEY, when set: it wins over any key file. */
  envSecret?: string | undefined;
  keyFile: string;
  /** Make a key file when there is none (only for a database that does not exist yet). */
  createIfMissing: boolean;
};

export function loadInstallationKeys(source: KeySource): { keys: InstallationKeys; created: boolean } {
  if (source.envSecret !== undefined && source.envSecret !== '') return { keys: deriveKeys(parseSecret(source.envSecret, 'KRUOSAR_DB_KEY')), created: false };
  if (existsSync(source.keyFile)) return { keys: readKeyFile(source.keyFile), created: false };
  if (!source.createIfMissing) {
    throw new KeyError(`No key for the database: ${path.resolve(source.keyFile)} does not exist. Pass --key-file <file> or set KRUOSAR_DB_KEY.`);
  }
  return { keys: createKeyFile(source.keyFile), created: true };
}
