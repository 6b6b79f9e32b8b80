/** `sipmon-lint cert` as users run it: the files and their checks, the passphrase sources, and every refusal leaving the folder as it was. */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BIN, CliRun, temporaryTrees, unprivileged } from '../../helpers/cliRunner';
import { OPENSSL, modeOf, opensslOk, snapshot } from '../../helpers/openssl';
import { requireOrSkip } from '../../helpers/paths';
import { requireTool } from '../../helpers/tools';

const PASSPHRASE = 'Tr0ub4dor&3 passphrase';

/**
 * Runs `sipmon-lint cert …` in `cwd` with standard input not a terminal; a null `passphrase` leaves the variable
 * unset; `asUser` drops root's power over file permissions.
 */
function cert(cwd: string, args: string[], passphrase: string | null = PASSPHRASE, asUser = false): CliRun {
  const env = { ...process.env };
  delete env.SIPMON_CA_PASSPHRASE;
  if (passphrase !== null) {
    env.SIPMON_CA_PASSPHRASE = passphrase;
  }
  const command = [process.execPath, BIN, 'cert', ...args];
  const [program, ...rest] = asUser ? unprivileged(command) : command;
  const child = spawnSync(program, rest, { cwd, env, encoding: 'utf8', input: '' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** What a terminal showed, and how the program under it ended. */
interface TerminalSession {
  status: number | null;
  screen: string;
}

/**
 * Runs `command` in a terminal made by script(1) and types each answer once its prompt is on the screen, as a
 * user does: text typed before the program turns echo off would be echoed by the terminal itself.
 */
function typeAtPrompts(script: string, command: string, answers: readonly [prompt: string, answer: string][], cwd: string, env: NodeJS.ProcessEnv): Promise<TerminalSession> {
  return new Promise((resolve, reject) => {
    const child = spawn(script, ['-qefc', command, '/dev/null'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill(), 30000);
    let screen = '';
    let answered = 0;
    let searchFrom = 0;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      screen += chunk;
      const next = answers[answered];
      const at = next === undefined ? -1 : screen.indexOf(next[0], searchFrom);
      if (next !== undefined && at !== -1) {
        answered++;
        searchFrom = at + next[0].length;
        // The prompt is written just before echo goes off: a short pause, as a person's reaction time.
        setTimeout(() => child.stdin.write(next[1]), 200);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      screen += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, screen });
    });
  });
}

suite('sipmon-lint cert', function () {
  this.timeout(60000);
  const tree = temporaryTrees();

  test('--help shows the usage and exits 0', () => {
    const run = cert(tree({}), ['--help']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: sipmon-lint cert --fqdn <name>/);
    assert.match(run.stdout, /SIPMON_CA_PASSPHRASE/);
  });

  test('the linter\'s usage points at the subcommand', () => {
    const run = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    assert.match(run.stdout, /sipmon-lint cert --fqdn <name> --out <dir>/);
  });

  suite('with openssl', function () {
    suiteSetup(function () {
      requireOrSkip(this, OPENSSL !== undefined, 'the openssl binary');
    });

    test('writes the files, lists them with their modes, and openssl verifies them; the passphrase is printed nowhere', () => {
      const root = tree({ 'certs/.keep': '' });
      const run = cert(root, ['--fqdn', 'Sipmon7.localdomain', '--ip', '10.25.11.73', '--ip', '10.25.11.74', '--dns', 'sipmon-vip.localdomain', '--key', 'p384', '--days', '200', '--out', 'certs']);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, '');
      assert.equal(run.stdout, [
        'Wrote:',
        `  ${path.join('certs', 'Sipmon7.key')} (mode 0400)`,
        `  ${path.join('certs', 'Sipmon7.csr')} (mode 0644)`,
        `  ${path.join('certs', 'Sipmon7.crt')} (mode 0644)`,
        `  ${path.join('certs', 'ca_demo.key')} (mode 0400)`,
        `  ${path.join('certs', 'ca_demo.crt')} (mode 0644)`,
        `  ${path.join('certs', 'Sipmon7.summary.md')} (mode 0644)`,
        `See ${path.join('certs', 'Sipmon7.summary.md')} for the Apache lines and how to trust the CA.`,
        '',
      ].join('\n'));
      const certs = path.join(root, 'certs');
      assert.equal(modeOf(path.join(certs, 'Sipmon7.key')), 0o400);
      assert.equal(modeOf(path.join(certs, 'ca_demo.key')), 0o400);
      assert.equal(opensslOk(['verify', '-purpose', 'sslserver', '-CAfile', 'ca_demo.crt', 'Sipmon7.crt'], certs).trim(), 'Sipmon7.crt: OK');
      const text = opensslOk(['x509', '-in', 'Sipmon7.crt', '-noout', '-text'], certs);
      assert.match(text, /DNS:Sipmon7\.localdomain, DNS:sipmon-vip\.localdomain, IP Address:10\.25\.11\.73, IP Address:10\.25\.11\.74/);
      assert.match(text, /NIST CURVE: P-384/);
      opensslOk(['pkey', '-in', 'ca_demo.key', '-passin', `pass:${PASSPHRASE}`, '-noout'], certs);
      const summary = fs.readFileSync(path.join(certs, 'Sipmon7.summary.md'), 'utf8');
      assert.match(summary, new RegExp(`SSLCertificateFile ${path.join(certs, 'Sipmon7.crt').replace(/[.\\/]/g, '\\$&')}`));
      assert.ok(![run.stdout, run.stderr, summary].some((text) => text.includes(PASSPHRASE)));
    });

    test('refuses to replace files without --force, and replaces them with it', () => {
      const root = tree({ 'web.key': 'the key in use\n' });
      const before = snapshot(root);
      const refused = cert(root, ['--fqdn', 'web.example.com', '--key', 'p256', '--out', '.']);
      assert.equal(refused.status, 2);
      assert.equal(refused.stderr, `sipmon-lint cert: web.key already exists in ${root}: nothing was written.\nsipmon-lint cert: Run again with --force to replace what exists.\n`);
      assert.deepEqual(snapshot(root), before);
      const forced = cert(root, ['--fqdn', 'web.example.com', '--key', 'p256', '--out', '.', '--force']);
      assert.equal(forced.status, 0, forced.stderr);
      assert.equal(opensslOk(['verify', '-CAfile', 'ca_demo.crt', 'web.crt'], root).trim(), 'web.crt: OK');
      assert.equal(opensslOk(['pkey', '-in', 'web.key', '-pubout'], root), opensslOk(['x509', '-in', 'web.crt', '-noout', '-pubkey'], root));
    });

    test('signs with an existing CA given by --ca-cert and --ca-key; its encrypted key opens with the variable', () => {
      const root = tree({ 'ca/.keep': '', 'out/.keep': '' });
      opensslOk(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-keyout', 'ca/root.key', '-out', 'ca/root.crt', '-days', '1000',
        '-subj', '/CN=Corp Root', '-addext', 'basicConstraints=critical,CA:TRUE', '-passout', `pass:${PASSPHRASE}`], root);
      const run = cert(root, ['--fqdn', 'app.example.com', '--ca-cert', 'ca/root.crt', '--ca-key', 'ca/root.key', '--out', 'out']);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(fs.readdirSync(path.join(root, 'out')).sort(), ['.keep', 'app.crt', 'app.csr', 'app.key', 'app.summary.md']);
      assert.equal(opensslOk(['verify', '-CAfile', 'ca/root.crt', 'out/app.crt'], root).trim(), 'out/app.crt: OK');
    });

    test('an existing CA with an unencrypted key needs no passphrase', () => {
      const root = tree({});
      opensslOk(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-noenc', '-keyout', 'root.key', '-out', 'root.crt', '-days', '1000',
        '-subj', '/CN=Lab Root', '-addext', 'basicConstraints=critical,CA:TRUE'], root);
      const run = cert(root, ['--fqdn', 'lab.example.com', '--ca-cert', 'root.crt', '--ca-key', 'root.key', '--out', '.'], null);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(opensslOk(['verify', '-CAfile', 'root.crt', 'lab.crt'], root).trim(), 'lab.crt: OK');
    });

    test('the passphrase is asked in a terminal, twice for a new CA, without echo', async function () {
      // script(1) gives the CLI a terminal.
      const script = requireTool(this, 'script', 'util-linux');
      const root = tree({});
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} cert --fqdn tty.example.com --key p256 --out .`;
      const env = { ...process.env };
      delete env.SIPMON_CA_PASSPHRASE;
      const session = await typeAtPrompts(script, command, [['Passphrase for the new CA key: ', 'term passphrase\r'], ['The same passphrase again: ', 'term passphrase\r']], root, env);
      assert.equal(session.status, 0, session.screen);
      assert.match(session.screen, /Passphrase for the new CA key: \r?\nThe same passphrase again: \r?\n/);
      assert.ok(!session.screen.includes('term passphrase'), 'the passphrase was echoed');
      opensslOk(['pkey', '-in', 'ca_demo.key', '-passin', 'pass:term passphrase', '-noout'], root);
    });
  });

  suite('refusals: exit 2, a clear message, the folder as it was', () => {
    const refusals: [string, string[], RegExp, string | null][] = [
      ['no passphrase and no terminal', ['--fqdn', 'a.example.com', '--out', '.'], /The CA key passphrase is needed: set SIPMON_CA_PASSPHRASE, or run in a terminal/, null],
      ['an empty passphrase', ['--fqdn', 'a.example.com', '--out', '.'], /CA key passphrase is empty/, ''],
      ['a short passphrase', ['--fqdn', 'a.example.com', '--out', '.'], /CA key passphrase is too short/, 'abc'],
      ['an invalid FQDN', ['--fqdn', 'a_b.example.com', '--out', '.'], /Server name "a_b\.example\.com" is refused/, PASSPHRASE],
      ['an invalid IP', ['--fqdn', 'a.example.com', '--ip', '300.1.1.1', '--out', '.'], /IP address "300\.1\.1\.1" is refused/, PASSPHRASE],
      ['the guide\'s placeholder IP', ['--fqdn', 'a.example.com', '--ip', 'xxx.xxx.xxx.xxx', '--out', '.'], /placeholder of the guide/, PASSPHRASE],
      ['an invalid DNS name', ['--fqdn', 'a.example.com', '--dns', 'a..example.com', '--out', '.'], /DNS name "a\.\.example\.com" is refused/, PASSPHRASE],
      ['too many days', ['--fqdn', 'a.example.com', '--days', '900', '--out', '.'], /validity of 900 days is refused: at most 825 days/, PASSPHRASE],
      ['days that are no number', ['--fqdn', 'a.example.com', '--days', '1y', '--out', '.'], /--days expects a whole number of days, not "1y"/, PASSPHRASE],
      ['an unknown key type', ['--fqdn', 'a.example.com', '--key', 'rsa1024', '--out', '.'], /Unknown key type "rsa1024"/, PASSPHRASE],
      ['a CA named like the server', ['--fqdn', 'a.example.com', '--ca-cn', 'A.example.com', '--out', '.'], /CA common name must differ/, PASSPHRASE],
      ['a CA validity too long', ['--fqdn', 'a.example.com', '--ca-days', '5000', '--out', '.'], /CA validity of 5000 days is refused/, PASSPHRASE],
      ['no --fqdn', ['--out', '.'], /--fqdn is required/, PASSPHRASE],
      ['no --out', ['--fqdn', 'a.example.com'], /--out is required/, PASSPHRASE],
      ['--ca-cert without --ca-key', ['--fqdn', 'a.example.com', '--ca-cert', 'ca.crt', '--out', '.'], /--ca-cert and --ca-key go together/, PASSPHRASE],
      ['a CA file that does not exist', ['--fqdn', 'a.example.com', '--ca-cert', 'ca.crt', '--ca-key', 'ca.key', '--out', '.'], /Cannot read the CA certificate ca\.crt: no such file/, PASSPHRASE],
      ['an output folder that does not exist', ['--fqdn', 'a.example.com', '--out', 'missing'], /The output folder .*missing does not exist: create it first/, PASSPHRASE],
      ['an output folder that is a file', ['--fqdn', 'a.example.com', '--out', 'notes.txt'], /The output folder .*notes\.txt is not a folder/, PASSPHRASE],
      ['an unknown option', ['--fqdn', 'a.example.com', '--out', '.', '--pass', 'x'], /Unknown option '--pass'/, PASSPHRASE],
      ['a stray argument', ['--fqdn', 'a.example.com', '--out', '.', 'extra'], /Unexpected argument 'extra'/, PASSPHRASE],
    ];
    for (const [what, args, message, passphrase] of refusals) {
      test(what, () => {
        const root = tree({ 'notes.txt': 'unrelated\n' });
        const before = snapshot(root);
        const run = cert(root, args, passphrase);
        assert.equal(run.status, 2, run.stdout + run.stderr);
        assert.match(run.stderr, message);
        assert.equal(run.stdout, '');
        assert.deepEqual(snapshot(root), before);
        if (passphrase !== null && passphrase.length > 3) {
          assert.ok(!run.stderr.includes(passphrase));
        }
      });
    }

    test('an output folder the user may not write to', () => {
      const root = tree({ 'locked/notes.txt': 'unrelated\n' });
      const locked = path.join(root, 'locked');
      fs.chmodSync(locked, 0o555);
      try {
        const before = snapshot(locked);
        const run = cert(root, ['--fqdn', 'a.example.com', '--out', 'locked'], PASSPHRASE, true);
        assert.equal(run.status, 2, run.stdout + run.stderr);
        assert.equal(run.stderr, `sipmon-lint cert: The output folder ${locked} is not writable.\n`);
        assert.deepEqual(snapshot(locked), before);
      } finally {
        fs.chmodSync(locked, 0o755);
      }
    });
  });
});
