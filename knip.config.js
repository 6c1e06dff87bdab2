// knip (run by `pnpm checks`): unused files and dependencies, and dependencies used but not listed.
// Unused exports are not checked yet: about seventy remain, mostly exported types of routers and screens.
/** @type {import('knip').KnipConfig} */
export default {
  include: ['files', 'dependencies', 'devDependencies', 'optionalPeerDependencies', 'unlisted', 'binaries', 'unresolved'],
  // Stylesheets import the self-hosted Khmer font; knip reads only scripts unless told how to read CSS.
  compilers: {
    css: (text) => [...text.matchAll(/@import\s+['"]([^'"]+)['"]/g)].map(([, source]) => `import '${source}';`).join('\n'),
  },
  workspaces: {
    // Run by hand when the icon changes (see its first lines).
    'apps/hive': { entry: ['build/make-icons.ts'] },
    // Found by file name (drill/run.ts loads every drill/<name>.drill.ts) or started as child processes.
    'apps/server': { entry: ['drill/*.drill.ts', 'drill/write-load.ts', 'bench/http/baseline-server.ts'] },
    // Tests start child processes with `node --import tsx`, which knip cannot see in an argument list.
    'packages/api': { ignoreDependencies: ['tsx'] },
    // make-release-fixture.ts is run by hand once per release (see its first lines).
    'packages/db': { entry: ['fixtures/releases/make-release-fixture.ts'], ignoreDependencies: ['tsx'] },
  },
};
