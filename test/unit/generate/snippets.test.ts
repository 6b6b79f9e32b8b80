/** Reading the shipped snippet files for "Insert hardened snippet": every contributed file, every form VS Code accepts. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findSnippet, parseSnippetFile, snippetFilesFor, snippetLanguages } from '../../../server/src/core/generate/snippets';
import { packageRoot } from '../../../server/src/docs';
import { readManifest } from '../../helpers/manifest';

suite('hardened snippets for the insert command', () => {
  const contributions = readManifest().contributes.snippets;

  test('every contributed snippet file gives snippets with a body and a description', () => {
    assert.ok(contributions.length > 0);
    for (const contribution of contributions) {
      const snippets = parseSnippetFile(fs.readFileSync(path.join(packageRoot, contribution.path), 'utf8'));
      assert.ok(snippets.length > 0, contribution.path);
      for (const snippet of snippets) {
        assert.ok(snippet.body.length > 0 && snippet.description.length > 0 && snippet.prefixes.length > 0, `${contribution.path}: ${snippet.name}`);
      }
    }
  });

  test('the languages and files come from the manifest', () => {
    const sample = [{ language: 'yaml', path: './snippets/yaml.json' }, { language: 'apacheconf', path: './snippets/apache.json' }, { language: 'yaml', path: './snippets/more.json' }];
    assert.deepEqual(snippetLanguages(sample), ['yaml', 'apacheconf']);
    assert.deepEqual(snippetFilesFor(sample, 'yaml'), ['./snippets/yaml.json', './snippets/more.json']);
    assert.deepEqual(snippetFilesFor(sample, 'xml'), []);
  });

  test('bodies as lists or strings, prefixes as lists or strings, comments and trailing commas', () => {
    const snippets = parseSnippetFile(`{
      // a comment, as VS Code allows
      "List": { "prefix": ["a", "b"], "body": ["line 1", "\${1:x}"], "description": "d" },
      "Text": { "prefix": "t", "body": "one line" },
      "No body": { "prefix": "n" },
    }`);
    assert.deepEqual(snippets, [
      { name: 'List', prefixes: ['a', 'b'], description: 'd', body: 'line 1\n${1:x}' },
      { name: 'Text', prefixes: ['t'], description: '', body: 'one line' },
    ]);
    assert.equal(findSnippet(snippets, 'Text')?.name, 'Text');
    assert.equal(findSnippet(snippets, 'b')?.name, 'List');
    assert.equal(findSnippet(snippets, 'zzz'), undefined);
  });

  test('an unreadable file gives no snippet', () => {
    assert.deepEqual(parseSnippetFile('{ "broken": '), []);
    assert.deepEqual(parseSnippetFile('[1, 2]'), []);
  });
});
