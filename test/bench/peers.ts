/**
 * Tools the benchmarks compare against, installed on first use into the git-ignored .cache/bench-peers/ (never into
 * the project's node_modules): yaml-language-server 1.x (2.x needs Node 22). (esbuild, for the package, is a dev dependency.)
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';

export const PEERS_DIR = path.join(repoRoot, '.cache', 'bench-peers');

/** Exact versions, so that figures stay comparable from run to run. */
export const PEER_VERSIONS: Record<string, string> = {
  'yaml-language-server': '1.25.0',
};

function installed(name: string): boolean {
  const manifest = path.join(PEERS_DIR, 'node_modules', name, 'package.json');
  return fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version === PEER_VERSIONS[name];
}

/** Installs the peers when any is missing or at another version; returns the folder holding their node_modules. */
export function ensurePeers(log: (line: string) => void): string {
  if (Object.keys(PEER_VERSIONS).every(installed)) {
    return PEERS_DIR;
  }
  fs.mkdirSync(PEERS_DIR, { recursive: true });
  fs.writeFileSync(path.join(PEERS_DIR, 'package.json'), `${JSON.stringify({ private: true, description: 'Benchmark peers (test/bench/peers.ts)', dependencies: PEER_VERSIONS }, null, 2)}\n`);
  log(`installing ${Object.entries(PEER_VERSIONS).map(([name, version]) => `${name}@${version}`).join(', ')} into ${path.relative(repoRoot, PEERS_DIR)}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PEERS_DIR, stdio: 'inherit' });
  return PEERS_DIR;
}

export function peerModule(...parts: string[]): string {
  return path.join(PEERS_DIR, 'node_modules', ...parts);
}
