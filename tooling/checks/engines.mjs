// Fails when an installed package declares an `engines.node` range the running Node does not satisfy, so a
// dependency that needs a newer Node than package.json's `engines` promises is caught here, not in production.
// Run by the root `pnpm test` (see package.json "checks").
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const store = path.join(root, 'node_modules/.pnpm');

/** `name@version` of every package in pnpm-lock.yaml: the store may still hold leftovers of older installs. */
function lockedPackages() {
  const lock = readFileSync(path.join(root, 'pnpm-lock.yaml'), 'utf8');
  const section = lock.slice(lock.indexOf('\npackages:\n'), lock.indexOf('\nsnapshots:\n'));
  return new Set([...section.matchAll(/^ {2}'?(@?[^@\s']+@[^(:'\s]+)/gm)].map((m) => m[1]));
}

/** The folders of the packages pnpm installed: in each store entry, the one package that is not a link. */
function installedPackages() {
  const dirs = [];
  for (const entry of readdirSync(store)) {
    const modules = path.join(store, entry, 'node_modules');
    let names;
    try {
      names = readdirSync(modules);
    } catch {
      continue; // not a package entry (lock or metadata file)
    }
    for (const name of names) {
      const scoped = name.startsWith('@') ? readdirSync(path.join(modules, name)).map((n) => `${name}/${n}`) : [name];
      for (const pkg of scoped) {
        const dir = path.join(modules, pkg);
        if (!lstatSync(dir).isSymbolicLink()) dirs.push(dir);
      }
    }
  }
  return dirs;
}

const locked = lockedPackages();
const offenders = [];
let checked = 0;
for (const dir of installedPackages()) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  } catch {
    continue;
  }
  const range = manifest.engines?.node;
  if (typeof range !== 'string' || !locked.has(`${manifest.name}@${manifest.version}`)) continue;
  checked += 1;
  if (!semver.satisfies(process.version, range, { loose: true })) offenders.push(`${manifest.name}@${manifest.version} wants node ${range}`);
}

if (offenders.length) {
  console.error(`Installed packages that do not support Node ${process.version}:\n- ${[...new Set(offenders)].sort().join('\n- ')}`);
  process.exit(1);
}
console.log(`✓ all ${checked} installed packages that declare engines.node accept Node ${process.version}`);
