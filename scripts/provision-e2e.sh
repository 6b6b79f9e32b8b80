#!/usr/bin/env bash
# Provisions the end-to-end runners: Debian's Chromium and build tools, and code-server in the git-ignored .cache/; skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.100.3
CACHE_DIR=.cache/code-server
STAMP="$CACHE_DIR/.provisioned-$CODE_SERVER_VERSION"

# Chromium drives the workbench; unzip opens the .vsix under test; libkrb5-dev and pkg-config build code-server's native modules; ripgrep stands in for the binary @vscode/ripgrep would download.
packages=(chromium libkrb5-dev pkg-config ripgrep unzip)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "provision-e2e: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ -f "$STAMP" ] && [ -x "$CACHE_DIR/node_modules/.bin/code-server" ]; then
  echo "provision-e2e: code-server $CODE_SERVER_VERSION already in $CACHE_DIR"
  exit 0
fi

echo "provision-e2e: installing code-server $CODE_SERVER_VERSION into $CACHE_DIR (about two minutes)"
rm -rf "$CACHE_DIR"
mkdir -p "$CACHE_DIR"
cat > "$CACHE_DIR/package.json" <<JSON
{ "private": true, "description": "code-server for the end-to-end tests (scripts/provision-e2e.sh)", "dependencies": { "code-server": "$CODE_SERVER_VERSION" } }
JSON

# Unpack first without install scripts, to learn which @vscode/ripgrep VS Code pins.
(cd "$CACHE_DIR" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error)

# @vscode/ripgrep's install script downloads rg unless it finds the release archive in its cache folder: give it Debian's rg there.
ripgrep_version=$(node -e '
  const shrinkwrap = require(process.argv[1]);
  process.stdout.write(shrinkwrap.packages["node_modules/@vscode/ripgrep"].version);
' "$PWD/$CACHE_DIR/node_modules/code-server/lib/vscode/npm-shrinkwrap.json")
case "$(uname -m)" in
  x86_64) ripgrep_target=x86_64-unknown-linux-musl ;;
  aarch64) ripgrep_target=aarch64-unknown-linux-musl ;;
  *) echo "provision-e2e: no ripgrep stand-in for $(uname -m)" >&2; exit 1 ;;
esac
ripgrep_cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$ripgrep_version"
ripgrep_archive="$ripgrep_cache/ripgrep-v13.0.0-10-$ripgrep_target.tar.gz"
if [ ! -f "$ripgrep_archive" ]; then
  staging=$(mktemp -d)
  cp "$(command -v rg)" "$staging/rg"
  mkdir -p "$ripgrep_cache"
  tar -czf "$ripgrep_archive" -C "$staging" rg
  rm -rf "$staging"
fi

# code-server's postinstall refuses root without unsafe_perm; node-pty's script runs `npx node-gyp`, which must not stop to ask.
(cd "$CACHE_DIR" && npm_config_unsafe_perm=true npm_config_yes=true npm rebuild --foreground-scripts --loglevel=error)

"$CACHE_DIR/node_modules/.bin/code-server" --version
touch "$STAMP"
echo "provision-e2e: done"
