/**
 * Activation as VS Code measures it, in an editor where a Sipmon file opened by the user activates the extension:
 * read from VS Code's report and handed to the runner, which records it for the package benchmark. No threshold here.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { extensions } from 'vscode';
import { ACTIVATION_ENV } from '../../protocol';
import { activationTimes } from '../support/activationTimes';
import { waitForRule } from '../support/diagnostics';
import { closeAllEditors, EXTENSION_ID, openEditor } from '../support/workspace';

suite('activation', () => {
  teardown(closeAllEditors);

  test('VS Code reports the time it took to load and activate the extension', async () => {
    assert.equal(extensions.getExtension(EXTENSION_ID)?.isActive, false, 'the extension was active before any Sipmon file opened');
    const editor = await openEditor('Sipmon-gorgone/config.d/40-gorgoned.yaml');
    // Diagnostics prove the whole start happened: the client activated and its language server answered.
    await waitForRule(editor.document.uri, 'gorgone/fingerprint-mode-always');
    const times = await activationTimes(EXTENSION_ID);
    for (const [name, value] of Object.entries(times)) {
      if (name !== 'event') {
        assert.ok(Number.isFinite(value) && value >= 0, `${name} is ${value}`);
      }
    }
    assert.match(times.event, /^onLanguage:yaml$/);
    console.log(`activation of ${EXTENSION_ID}: ${times.loadCode + times.callActivate} ms as Running Extensions shows it (load ${times.loadCode} + activate() ${times.callActivate}); its promise resolved ${times.finishActivate} ms later`);
    const record = process.env[ACTIVATION_ENV];
    if (record) {
      fs.writeFileSync(record, JSON.stringify(times));
    }
  });
});
