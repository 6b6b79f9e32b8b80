/**
 * fail2ban-client as the oracle: every fixture, placed in a copy of the system's /etc/fail2ban, loads
 * (`fail2ban-client -c <dir> -t`) once every preferred fix is applied, and the hardened ones as they are;
 * fail2ban's own dump of the Sipmon jail (`-d`) agrees with the linter's effective configuration, fixed or not.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileSystemWorkspace } from '../../../server/src/cli/fsWorkspace';
import { JailConfiguration, SIPMON_JAIL, SIPMON_LOGPATH } from '../../../server/src/formats/fail2ban/effective';
import { jailFiles } from '../../../server/src/formats/fail2ban/layout';
import { parseIni } from '../../../server/src/formats/ini/parser';
import { fixedTexts } from '../../helpers/fixtureFixes';
import { FixtureCase, fixtureCases, VIRTUAL_ROOTS } from '../../helpers/fixtures';
import { requireOrSkip } from '../../helpers/paths';
import { contributedSnippets, snippetText } from '../../helpers/snippets';
import { findTool, requireTool, runTool } from '../../helpers/tools';

const SYSTEM_DIR = '/etc/fail2ban';

/** The product's filter, as fail2ban ships it for the jail (formats.md 4.1). */
const SIPMON_FILTER = [
  '[Init]',
  'datepattern = ^%%Y-%%m-%%d %%H:%%M:%%S',
  '[Definition]',
  "failregex = ^(?:\\|-?\\d+){3}\\|\\[[^\\]]*\\] \\[<HOST>\\] Authentication failed for '<F-USER>[^']+</F-USER>'",
  '',
].join('\n');
const LOGIN_LINE = "2019-10-21 18:55:15|-1|0|0|[WEB] [50.97.225.132] Authentication failed for 'admin' : password mismatch\n";

interface Tree {
  root: string;
  conf: string;
}

/**
 * A copy of /etc/fail2ban holding `files` (paths relative to it): the jail.d files of the system removed
 * (Debian's enables sshd, whose log does not exist here), the product named Sipmon as in the corpus, the Sipmon
 * filter added, and the login log in a temporary folder (a jail's logpath must exist).
 */
function makeTree(files: Record<string, string>): Tree {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-f2b-')));
  const conf = path.join(root, 'fail2ban');
  fs.cpSync(SYSTEM_DIR, conf, { recursive: true });
  fs.rmSync(path.join(conf, 'jail.d'), { recursive: true, force: true });
  fs.mkdirSync(path.join(conf, 'jail.d'));
  fs.rmSync(path.join(conf, 'jail.local'), { force: true });
  const jailConf = path.join(conf, 'jail.conf');
  fs.writeFileSync(jailConf, fs.readFileSync(jailConf, 'utf8').replace(/centreon/g, 'Sipmon'));
  fs.writeFileSync(path.join(conf, 'filter.d', 'Sipmon.conf'), SIPMON_FILTER);
  const log = path.join(root, 'log', 'Sipmon', 'login.log');
  fs.mkdirSync(path.dirname(log), { recursive: true });
  fs.writeFileSync(log, LOGIN_LINE);
  for (const [relative, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(conf, relative)), { recursive: true });
    fs.writeFileSync(path.join(conf, relative), text);
  }
  const jailFileNames = ['jail.conf', 'jail.local', ...fs.readdirSync(path.join(conf, 'jail.d')).map((name) => `jail.d/${name}`)];
  for (const name of jailFileNames.filter((candidate) => fs.existsSync(path.join(conf, candidate)))) {
    const file = path.join(conf, name);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').split(SIPMON_LOGPATH).join(log));
  }
  return { root, conf };
}

function caseFiles(fixture: FixtureCase, texts: Map<(typeof fixture.files)[number], string>): Record<string, string> {
  return Object.fromEntries(fixture.files.map((file) => [path.posix.relative(VIRTUAL_ROOTS.fail2ban, file.virtualPath), texts.get(file) ?? file.text]));
}

interface JailView {
  enabled: boolean;
  backend?: string;
  maxretry?: string;
  findtime?: string;
  bantime?: string;
  port?: string;
}

/** The Sipmon jail in fail2ban's dump (`-d`): the stream of commands the client would send to the server. */
function dumpedJail(dump: string): JailView {
  const lines = dump.split('\n');
  const added = lines.map((line) => /^\['add', 'Sipmon', '([^']*)'\]$/.exec(line)).find(Boolean);
  const view: JailView = { enabled: added !== undefined, backend: added?.[1] };
  for (const line of lines) {
    const set = /^\['set', 'Sipmon', '(maxretry|findtime|bantime)', (?:'([^']*)'|(-?\d+))\]$/.exec(line);
    if (set) {
      view[set[1] as 'maxretry' | 'findtime' | 'bantime'] = set[2] ?? set[3];
    }
    if (line.startsWith("['multi-set', 'Sipmon', 'action'")) {
      view.port = /\['port', '([^']*)'\]/.exec(line)?.[1];
    }
  }
  return view;
}

/** The same jail as the linter's effective configuration sees the tree. */
function lintedJail(tree: Tree): JailView {
  const own = path.join(tree.conf, 'jail.conf');
  const text = fs.readFileSync(own, 'utf8');
  const config = new JailConfiguration(jailFiles(own, text, parseIni(text, 'fail2ban').model, fileSystemWorkspace()));
  const value = (name: string) => config.option(SIPMON_JAIL, name).value?.trim();
  if (!config.isEnabled(SIPMON_JAIL)) {
    return { enabled: false, backend: undefined };
  }
  return { enabled: true, backend: value('backend'), maxretry: value('maxretry'), findtime: value('findtime'), bantime: value('bantime'), port: value('port') };
}

suite('real tool: fail2ban-client', function () {
  this.timeout(60000);
  let client = '';
  const trees: string[] = [];
  const tree = (files: Record<string, string>) => {
    const made = makeTree(files);
    trees.push(made.root);
    return made;
  };

  suiteSetup(function () {
    client = requireTool(this, 'fail2ban-client', 'fail2ban');
    requireOrSkip(this, fs.existsSync(path.join(SYSTEM_DIR, 'jail.conf')), `the system's fail2ban configuration (${SYSTEM_DIR})`);
  });

  suiteTeardown(() => {
    for (const root of trees.splice(0)) {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  test('the Sipmon filter matches the product\'s login.log line (fail2ban-regex)', function () {
    const regexTool = findTool('fail2ban-regex');
    requireOrSkip(this, regexTool !== undefined, 'fail2ban-regex (Debian package fail2ban)');
    const made = tree({});
    const run = runTool(regexTool as string, [path.join(made.root, 'log', 'Sipmon', 'login.log'), path.join(made.conf, 'filter.d', 'Sipmon.conf')]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Lines: 1 lines, 0 ignored, 1 matched, 0 missed/);
  });

  test('the oracle can fail: a jail whose log file does not exist is refused', () => {
    const made = tree({ 'jail.d/custom.conf': '[Sipmon]\nenabled = true\nlogpath = /nonexistent/Sipmon/login.log\n' });
    const run = runTool(client, ['-c', made.conf, '-t']);
    assert.notEqual(run.status, 0);
    assert.match(run.stderr + run.stdout, /Have not found any log file for Sipmon jail/);
  });

  test('the snippets, each in its file, pass -t with the Sipmon jail enabled', () => {
    const snippets = contributedSnippets('fail2ban') ?? {};
    const files: Record<string, string> = { 'sipmon-jail': 'jail.d/Sipmon.local', 'sipmon-jail-custom': 'jail.d/custom.conf' };
    for (const snippet of Object.values(snippets)) {
      const made = tree({ [files[snippet.prefix]]: `${snippetText(snippet)}\n` });
      const check = runTool(client, ['-c', made.conf, '-t']);
      assert.equal(check.status, 0, `${snippet.prefix}: ${check.stderr}`);
      const dump = runTool(client, ['-c', made.conf, '-d']);
      assert.ok(dumpedJail(dump.stdout).enabled, snippet.prefix);
      assert.deepEqual(lintedJail(made), dumpedJail(dump.stdout));
    }
    assert.equal(Object.keys(snippets).length, 2);
  });

  for (const fixture of fixtureCases().filter((candidate) => candidate.format === 'fail2ban')) {
    const label = `${fixture.rule}/${fixture.name}`;
    const hasBad = fixture.files.some((file) => file.kind === 'bad');

    test(`${label}: ${hasBad ? 'after every preferred fix' : 'as it is'}, the tree passes -t and fail2ban's dump agrees with the linter`, () => {
      const made = tree(caseFiles(fixture, fixedTexts(fixture)));
      const check = runTool(client, ['-c', made.conf, '-t']);
      assert.equal(check.status, 0, `${check.stdout}\n${check.stderr}`);
      assert.match(check.stdout + check.stderr, /OK: configuration test is successful/);
      const dump = runTool(client, ['-c', made.conf, '-d']);
      assert.equal(dump.status, 0, dump.stderr);
      const dumped = dumpedJail(dump.stdout);
      assert.ok(dumped.enabled, 'the Sipmon jail is enabled once fixed');
      assert.deepEqual(lintedJail(made), dumped);
    });

    if (hasBad) {
      test(`${label}: unfixed, fail2ban's dump agrees with the linter`, () => {
        const made = tree(caseFiles(fixture, new Map()));
        const dump = runTool(client, ['-c', made.conf, '-d']);
        assert.equal(dump.status, 0, dump.stderr);
        assert.deepEqual(lintedJail(made), dumpedJail(dump.stdout));
      });
    }
  }
});
