// Nx settings for linting; imported before any Nx module, which reads them when it loads.
// No daemon, no cloud, no terminal UI: lint must run offline and leave nothing running.
process.env.NX_DAEMON ??= 'false';
process.env.NX_NO_CLOUD ??= 'true';
process.env.NX_TUI ??= 'false';
// Keep the graph cache under node_modules (already ignored by git) instead of a new .nx/ folder.
process.env.NX_WORKSPACE_DATA_DIRECTORY ??= 'node_modules/.cache/nx/workspace-data';
// The workspace root, so Nx finds it without an nx.json at the top level.
process.env.NX_WORKSPACE_ROOT_PATH ??= new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
