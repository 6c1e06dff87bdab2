// The SQLite driver (better-sqlite3-multiple-ciphers) compiles with node-gyp, which downloads Node headers unless told where they are.
// pnpm 12 ignores `nodedir` in .npmrc, so hand the build scripts npm_config_nodedir through the
// config's extraEnv, and only when the running Node ships headers of its own exact version
// (Debian puts them in /usr/include/node); laptops with nvm, fnm, etc. are left alone.
const fs = require('node:fs');
const path = require('node:path');

function matchingNodeDir() {
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  for (const dir of [prefix, '/usr']) {
    const header = path.join(dir, 'include', 'node', 'node_version.h');
    if (!fs.existsSync(header)) continue;
    const text = fs.readFileSync(header, 'utf8');
    const v = ['MAJOR', 'MINOR', 'PATCH'].map((k) => (text.match(new RegExp(`define NODE_${k}_VERSION (\\d+)`)) || [])[1]);
    if (`v${v.join('.')}` === process.version) return dir;
  }
  return undefined;
}

module.exports = {
  hooks: {
    updateConfig(config) {
      const dir = process.env.npm_config_nodedir || matchingNodeDir();
      if (!dir) return config;
      return { ...config, extraEnv: { ...(config.extraEnv || {}), npm_config_nodedir: dir } };
    },
  },
};
