/**
 * apache2 as a test oracle: a minimal main configuration (Debian's modules, everything else in a sandbox folder)
 * that includes the site files under test, checked with `apache2 -t` or served in the foreground with `-X`.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { requireOrSkip } from './paths';
import { findTool } from './tools';

const MODULES_DIR = '/usr/lib/apache2/modules';
/** What the fixtures and snippets use; log_config is built into Debian's apache2 (loading it again is an error). */
const MODULES = [
  'mpm_event', 'authz_core', 'authz_host', 'access_compat', 'alias', 'autoindex', 'dir', 'mime', 'setenvif', 'headers',
  'rewrite', 'socache_shmcb', 'ssl', 'http2', 'proxy', 'proxy_fcgi', 'proxy_http', 'proxy_wstunnel',
];
const TIMEOUT_MS = 20000;

export interface ApacheRun {
  status: number | null;
  /** Standard output and error together, as apache2 splits its messages between them. */
  output: string;
}

/** apache2 with every module of the main configuration; skips the suite when missing on a developer machine, fails under CI=true. */
export function requireApache(context: Mocha.Context): string {
  const apache2 = findTool('apache2');
  const complete = apache2 !== undefined && MODULES.every((module) => fs.existsSync(path.join(MODULES_DIR, `mod_${module}.so`)));
  requireOrSkip(context, complete, 'apache2 with its modules (Debian package apache2)');
  return apache2 as string;
}

/**
 * Writes `main.conf` in `sandbox`: pid file, error log and mutexes in the sandbox, the modules, `Listen` for each
 * of `listen`, then an `Include` of each site file. Returns its path.
 */
export function writeMainConfig(sandbox: string, sites: readonly string[], listen: readonly string[] = ['80', '443']): string {
  const main = path.join(sandbox, 'main.conf');
  fs.writeFileSync(main, [
    'ServerRoot /etc/apache2',
    'ServerName sipmon-lint.test',
    `PidFile ${sandbox}/httpd.pid`,
    `ErrorLog ${sandbox}/error.log`,
    `Mutex file:${sandbox} default`,
    ...listen.map((address) => `Listen ${address}`),
    ...MODULES.map((module) => `LoadModule ${module}_module ${MODULES_DIR}/mod_${module}.so`),
    // mod_mime reads its table when the server starts (not under -t); no test needs one.
    'TypesConfig /dev/null',
    ...sites.map((site) => `Include "${site}"`),
    '',
  ].join('\n'));
  return main;
}

/** The variables Debian's apache2ctl would set, pointing into the sandbox (site files may use them). */
function apacheEnvironment(sandbox: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    APACHE_RUN_USER: 'www-data', APACHE_RUN_GROUP: 'www-data', APACHE_RUN_DIR: sandbox, APACHE_LOCK_DIR: sandbox,
    APACHE_LOG_DIR: sandbox, APACHE_PID_FILE: `${sandbox}/httpd.pid`, LANG: 'C',
  };
}

/** `apache2 -t -f main` (with `-D` for each of `defines`), bounded in time. */
export function apacheConfigTest(apache2: string, main: string, defines: readonly string[] = []): ApacheRun {
  const args = ['-t', ...defines.flatMap((name) => ['-D', name]), '-f', main];
  const child = spawnSync(apache2, args, { encoding: 'utf8', timeout: TIMEOUT_MS, env: apacheEnvironment(path.dirname(main)) });
  return { status: child.status, output: `${child.stdout ?? ''}${child.stderr ?? ''}${child.error ? String(child.error) : ''}` };
}

/** `apache2 -X -f main`: one process in the foreground, to be stopped with stopApache. */
export function startApache(apache2: string, main: string): ChildProcess {
  return spawn(apache2, ['-X', '-f', main], { stdio: 'ignore', env: apacheEnvironment(path.dirname(main)) });
}

/** Stops a process of startApache by its pid and waits for its end (so its sandbox can be removed). */
export function stopApache(httpd: ChildProcess): Promise<void> {
  if (httpd.pid === undefined || httpd.exitCode !== null || httpd.signalCode !== null) {
    return Promise.resolve();
  }
  const ended = new Promise<void>((resolve) => httpd.once('exit', () => resolve()));
  process.kill(httpd.pid);
  return ended;
}

/** The sandbox's error log, to explain a failure. */
export function apacheErrorLog(sandbox: string): string {
  const log = path.join(sandbox, 'error.log');
  return fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '(no error log)';
}
