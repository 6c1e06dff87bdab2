#!/usr/bin/env bash
# Proves the server's tests pass in a checkout that other users cannot enter (a 0700 folder, like root's
# home or `mktemp -d`): clones this repository's HEAD there, installs from the local pnpm store and runs
# them. Some of them drop to the user "nobody" when run as root, which is what used to break there.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
chmod 700 "$scratch"
git clone --quiet "$repo" "$scratch/kruosar"
cd "$scratch/kruosar"
echo "closed-checkout: server tests in $scratch (mode $(stat -c %a "$scratch"), as $(id -un))"
npx -y pnpm@12.21.0 install --offline --frozen-lockfile --reporter=silent
npx -y pnpm@12.21.0 --filter @kruosar/server test
