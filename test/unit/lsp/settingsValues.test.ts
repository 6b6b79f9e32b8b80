/** Reading `sipmon.*` settings as any client may send them, and which files affect which. */
import * as assert from 'node:assert/strict';
import { defaultSettings, normalizeSettings } from '../../../server/src/lsp/settings';
import { isConfigFilePath } from '../../../server/src/core/config';
import { areRelated, pathOfUri } from '../../../server/src/lsp/uris';

suite('LSP settings and URIs', () => {
  test('missing or wrong values fall back to the defaults', () => {
    assert.deepEqual(normalizeSettings(undefined), defaultSettings);
    assert.deepEqual(normalizeSettings({ enable: 'no', run: 'sometimes', rules: ['x'], files: 3, tlsProfile: 'old', maxFileSize: '5MB' }), defaultSettings);
    for (const maxFileSize of [0, -1, 1.5, Number.POSITIVE_INFINITY]) {
      assert.deepEqual(normalizeSettings({ maxFileSize }), defaultSettings, String(maxFileSize));
    }
    assert.equal(defaultSettings.tlsProfile, 'intermediate');
    assert.equal(defaultSettings.maxFileSize, 5 * 1024 * 1024);
  });

  test('valid values are kept; invalid rule levels and associations are dropped one by one', () => {
    const settings = normalizeSettings({
      enable: false,
      run: 'onSave',
      rules: { 'gorgone/a': 'error', 'gorgone/b': 'loud', 'gorgone/c': 'off' },
      files: { associations: { '**/x/*.yaml': 'gorgone', '**/y/*.yaml': 7 } },
      trace: { server: 'verbose' },
      tlsProfile: 'modern',
      maxFileSize: 1024,
    });
    assert.deepEqual(settings, {
      enable: false, run: 'onSave', rules: { 'gorgone/a': 'error', 'gorgone/c': 'off' }, associations: { '**/x/*.yaml': 'gorgone' }, tlsProfile: 'modern', maxFileSize: 1024,
    });
  });

  test('only file: URIs have a path', () => {
    assert.equal(pathOfUri('file:///etc/Sipmon-gorgone/config.d/40-gorgoned.yaml'), '/etc/Sipmon-gorgone/config.d/40-gorgoned.yaml');
    assert.equal(pathOfUri('file:///etc/a%20b.yaml'), '/etc/a b.yaml');
    assert.equal(pathOfUri('untitled:Untitled-1'), undefined);
    assert.equal(pathOfUri('vscode-remote://ssh/etc/a.yaml'), undefined);
  });

  test('config files, and the files whose change may change another one\'s findings', () => {
    assert.equal(isConfigFilePath('/etc/.sipmonlint.yml'), true);
    assert.equal(isConfigFilePath('/etc/sipmonlint.json'), false);
    const configD = '/etc/Sipmon-gorgone/config.d';
    assert.equal(areRelated(`${configD}/39-action.yaml`, `${configD}/40-gorgoned.yaml`), true);
    assert.equal(areRelated(`${configD}/whitelist.conf.d/custom.yaml`, `${configD}/39-action.yaml`), true);
    assert.equal(areRelated(`${configD}/39-action.yaml`, '/etc/Sipmon-gorgone.old/config.d/39-action.yaml'), false);
  });
});
