/**
 * fail2ban jails over the protocol: a diagnostic with its docs link, its quick fix, disable-for-line with `#`,
 * hovers on options, and the effective configuration across jail.conf, jail.d/custom.conf and jail.local on disk.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import { fixturesRoot } from '../../helpers/paths';
import { LspTestClient } from '../../helpers/lspClient';
import { actionTitled, assertDocumented, coveredText, diagnosticOf, hoverMarkdown, openOnDisk } from '../../helpers/lspFormatCase';
import { TempWorkspace } from '../../helpers/tempWorkspace';

const LANGUAGE = 'fail2ban';
const MAXRETRY = 'fail2ban/maxretry-high';
const DISABLED = 'fail2ban/jail-disabled';
/** A jail.local, hardened but for `maxretry = 10` (line 6). */
const JAIL_LOCAL = '[Sipmon]\nenabled  = true\nport     = http,https\nlogpath  = /var/log/Sipmon/login.log\nfindtime = 10m\nbantime  = 1h\nmaxretry = 10\n';
/** The stock jail.conf: `[DEFAULT] enabled = false`, and a [Sipmon] jail without `enabled`. */
const STOCK_JAIL_CONF = fs.readFileSync(path.join(fixturesRoot, 'fail2ban', 'edited-jail-conf', 'stock', 'jail.ok.conf'), 'utf8');
/** The guide's jail.d/custom.conf without its `enabled = true` line. */
const CUSTOM = '[Sipmon]\nfindtime = 10m\nbantime  = 10m\nmaxretry = 3\n';
/** A jail.local that sets no [Sipmon] option, so the jail's overrides live in jail.d/custom.conf. */
const DEFAULTS_ONLY_LOCAL = '[DEFAULT]\nignoreip = 127.0.0.1/8 ::1\nbantime.increment = true\n';

suite('LSP: fail2ban jails', () => {
  let client: LspTestClient;
  let workspace: TempWorkspace;
  suiteSetup(async () => {
    workspace = new TempWorkspace();
    client = await LspTestClient.start();
  });
  suiteTeardown(async () => {
    await client?.stop();
    workspace?.remove();
  });


  suite('one jail file', () => {
    test('maxretry = 10 is the only finding, on its value, with its docs link', async () => {
      const { diagnostics } = await openOnDisk(client, workspace, 'docs/fail2ban/jail.local', JAIL_LOCAL, LANGUAGE);
      assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), [MAXRETRY]);
      assertDocumented(diagnostics[0], MAXRETRY);
      assert.equal(diagnostics[0].range.start.line, 6);
      assert.equal(coveredText(JAIL_LOCAL, diagnostics[0]), '10');
    });

    test('the quick fix sets maxretry = 3 in place; the fixed file is clean', async () => {
      const { uri, diagnostics } = await openOnDisk(client, workspace, 'fix/fail2ban/jail.local', JAIL_LOCAL, LANGUAGE);
      const target = diagnosticOf(diagnostics, MAXRETRY);
      const fix = actionTitled(await client.codeActions(uri, target.range, [target]), 'Set maxretry = 3');
      const fixed = client.applyEdit(uri, fix.edit);
      assert.equal(fixed, JAIL_LOCAL.replace('maxretry = 10', 'maxretry = 3'));
      const since = client.mark();
      await client.change(uri, fixed);
      assert.deepEqual(await client.diagnostics(uri, since), []);
    });

    test('disable for this line writes a # comment above the option, which silences the rule', async () => {
      const { uri, diagnostics } = await openOnDisk(client, workspace, 'disable/fail2ban/jail.local', JAIL_LOCAL, LANGUAGE);
      const target = diagnosticOf(diagnostics, MAXRETRY);
      const disable = actionTitled(await client.codeActions(uri, target.range, [target]), `Disable ${MAXRETRY} for this line`);
      const silenced = client.applyEdit(uri, disable.edit);
      assert.equal(silenced, JAIL_LOCAL.replace('maxretry', `# sipmon-disable-next-line ${MAXRETRY} -- ADD REASON\nmaxretry`));
      const since = client.mark();
      await client.change(uri, silenced);
      assert.deepEqual(await client.diagnostics(uri, since), []);
    });

    test('hover on a documented option and on the jail section', async () => {
      const { uri } = await openOnDisk(client, workspace, 'hover/fail2ban/jail.local', JAIL_LOCAL, LANGUAGE);
      const option = await client.hover(uri, 5, 2);
      assert.ok(hoverMarkdown(option).startsWith('**bantime** (fail2ban)'), hoverMarkdown(option));
      assert.deepEqual(option?.range, { start: { line: 5, character: 0 }, end: { line: 5, character: 7 } });
      const section = await client.hover(uri, 0, 3);
      assert.ok(hoverMarkdown(section).startsWith('**[Sipmon]**'), hoverMarkdown(section));
    });
  });

  suite('jail.d/custom.conf open, jail.conf and jail.local on disk', () => {
    const base = 'etc/fail2ban';
    let uri: string;

    suiteSetup(() => {
      workspace.write(`${base}/jail.conf`, STOCK_JAIL_CONF);
      workspace.write(`${base}/jail.local`, DEFAULTS_ONLY_LOCAL);
    });

    test('jail.conf\'s enabled = false is reported on the [Sipmon] of custom.conf, where the fix adds enabled = true', async () => {
      const opened = await openOnDisk(client, workspace, `${base}/jail.d/custom.conf`, CUSTOM, LANGUAGE);
      uri = opened.uri;
      assert.deepEqual(opened.diagnostics.map((diagnostic) => diagnostic.code), [DISABLED]);
      const target = opened.diagnostics[0];
      assertDocumented(target, DISABLED);
      assert.equal(coveredText(CUSTOM, target), 'Sipmon');
      const enabledLine = STOCK_JAIL_CONF.split('\n').indexOf('enabled = false') + 1;
      assert.ok(String(target.message).includes(`(set in [DEFAULT] of jail.conf, line ${enabledLine})`), String(target.message));

      const fix = actionTitled(await client.codeActions(uri, target.range, [target]), 'Enable the [Sipmon] jail (enabled = true)');
      const fixed = client.applyEdit(uri, fix.edit);
      assert.equal(fixed, `${CUSTOM}enabled = true\n`);
      const since = client.mark();
      await client.change(uri, fixed);
      assert.deepEqual(await client.diagnostics(uri, since), []);
    });

    test('once jail.local (read after custom.conf) sets the jail\'s enabled, the finding moves there', async () => {
      let since = client.mark();
      await client.change(uri, CUSTOM);
      assert.deepEqual((await client.diagnostics(uri, since)).map((diagnostic) => diagnostic.code), [DISABLED]);

      const local = `${DEFAULTS_ONLY_LOCAL}\n[Sipmon]\nenabled = false\n`;
      const localUri = workspace.write(`${base}/jail.local`, local);
      since = client.mark();
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: localUri, type: FileChangeType.Changed }] });
      assert.deepEqual(await client.diagnostics(uri, since), [], 'custom.conf no longer holds the jail\'s last word');

      const opened = await openOnDisk(client, workspace, `${base}/jail.local`, local, LANGUAGE);
      const target = diagnosticOf(opened.diagnostics, DISABLED);
      assert.equal(coveredText(local, target), 'false');
    });
  });
});
