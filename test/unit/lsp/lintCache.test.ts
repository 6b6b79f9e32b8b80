/** The per-version lint cache: one lint per document version and settings, one parse for hovers. */
import * as assert from 'node:assert/strict';
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LintCache } from '../../../server/src/lsp/lintCache';
import { defaultSettings } from '../../../server/src/lsp/settings';
import { FIXED, INSECURE } from '../../helpers/gorgoneTexts';

const URI = 'untitled:cache-test';

suite('LSP lint cache', () => {
  const newCache = () => new LintCache(new TextDocuments(TextDocument), () => undefined);

  test('the same version and settings are linted once; a new version, new settings or an invalidation lint again', () => {
    const cache = newCache();
    const document = TextDocument.create(URI, 'yaml', 1, INSECURE);
    const first = cache.snapshot(document, defaultSettings);
    assert.equal(first.result?.findings.length, 1);
    assert.equal(cache.snapshot(document, defaultSettings), first);
    assert.notEqual(cache.snapshot(document, { ...defaultSettings }), first);
    const settings = { ...defaultSettings, rules: { 'gorgone/fingerprint-mode-always': 'off' as const } };
    assert.deepEqual(cache.snapshot(document, settings).result?.findings, []);
    const kept = cache.snapshot(document, settings);
    cache.invalidate(URI);
    assert.notEqual(cache.snapshot(document, settings), kept);
    const fixed = TextDocument.update(document, [{ text: FIXED }], 2);
    assert.deepEqual(cache.snapshot(fixed, defaultSettings).result?.findings, []);
  });

  test('the model behind a snapshot is parsed once', () => {
    const cache = newCache();
    const snapshot = cache.snapshot(TextDocument.create(URI, 'yaml', 1, INSECURE), defaultSettings);
    const model = cache.modelOf(snapshot);
    assert.ok(model);
    assert.equal(cache.modelOf(snapshot), model);
  });

  test('a config file is never linted as a Sipmon file', () => {
    const document = TextDocument.create('file:///etc/Sipmon-gorgone/.sipmonlint.yaml', 'yaml', 1, 'rules: {}\n');
    assert.equal(newCache().snapshot(document, defaultSettings).result, undefined);
  });
});
