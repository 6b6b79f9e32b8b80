/** The manifest's contributions: files exist, languages are claimed by path and not by a bare extension, activation matches the client. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../../../server/src/docs';
import { readManifest, sourcesUnder } from '../../helpers/manifest';

const manifest = readManifest();
const { languages, grammars, snippets, configuration, jsonValidation, yamlValidation } = manifest.contributes;

/** Expands `{a,b}` alternatives (nested too) into plain globs. */
function expandBraces(glob: string): string[] {
  const match = /\{([^{}]*)\}/.exec(glob);
  if (!match) {
    return [glob];
  }
  return match[1].split(',').flatMap((choice) => expandBraces(glob.slice(0, match.index) + choice + glob.slice(match.index + match[0].length)));
}

/** A glob that claims every file of a generic configuration extension, wherever it is. */
function isCatchAll(glob: string): boolean {
  return /^(\*\*\/)?\*\.(conf|cnf|local|ini|cfg|load)$/.test(glob);
}

function exists(file: string): boolean {
  return fs.existsSync(path.join(packageRoot, file));
}

function parsesAsJson(file: string): boolean {
  try {
    JSON.parse(fs.readFileSync(path.join(packageRoot, file), 'utf8'));
    return true;
  } catch {
    return false;
  }
}

suite('manifest', () => {
  test('expandBraces and isCatchAll see through braces', () => {
    assert.deepEqual(expandBraces('**/*.{conf,local}'), ['**/*.conf', '**/*.local']);
    assert.ok(expandBraces('**/{a,*}.conf').some(isCatchAll));
    assert.ok(!isCatchAll('**/httpd/conf.d/*.conf'));
  });

  test('no language claims every *.conf (or *.cnf, *.local…) file', () => {
    for (const language of languages) {
      const claimsAll = (language.filenamePatterns ?? []).flatMap(expandBraces).filter(isCatchAll);
      assert.deepEqual(claimsAll, [], `${language.id} claims ${claimsAll.join(', ')}`);
      const extensions = (language.extensions ?? []).filter((extension) => isCatchAll(`*${extension}`));
      assert.deepEqual(extensions, [], `${language.id} claims the extensions ${extensions.join(', ')}`);
    }
  });

  test('every file a contribution points to exists and is JSON', () => {
    const files = [
      ...languages.flatMap((language) => language.configuration ?? []),
      ...grammars.map((grammar) => grammar.path),
      ...snippets.map((snippet) => snippet.path),
      ...[...jsonValidation, ...yamlValidation].map((validation) => validation.url),
    ];
    assert.ok(files.length > 0);
    for (const file of files) {
      assert.ok(exists(file) && parsesAsJson(file), `${file} is missing or not JSON`);
    }
  });

  test('every language the extension defines has a grammar, and every grammar a language', () => {
    const defined = languages.filter((language) => language.configuration !== undefined).map((language) => language.id).sort();
    assert.deepEqual(grammars.map((grammar) => grammar.language).sort(), defined);
  });

  test('activation languages are the languages of the client document selector', () => {
    const activation = manifest.activationEvents.filter((event) => event.startsWith('onLanguage:')).map((event) => event.slice('onLanguage:'.length));
    const clientText = sourcesUnder('client/src').map(({ text }) => text).join('\n');
    for (const language of activation) {
      assert.ok(clientText.includes(`'${language}'`), `onLanguage:${language} but the client never names '${language}'`);
    }
    for (const language of languages.filter((entry) => entry.configuration !== undefined)) {
      assert.ok(activation.includes(language.id), `no onLanguage:${language.id}`);
    }
  });

  test('the config file is edited as JSON with comments and validated against the schema', () => {
    assert.ok(languages.some((language) => language.id === 'jsonc' && language.filenames?.includes('.sipmonlint.json')));
    assert.ok(jsonValidation.some((validation) => validation.fileMatch === '.sipmonlint.json' || validation.fileMatch.includes('.sipmonlint.json')));
    for (const name of ['.sipmonlint.yaml', '.sipmonlint.yml']) {
      assert.ok(yamlValidation.some((validation) => validation.fileMatch === name || validation.fileMatch.includes(name)), name);
    }
  });

  test('every setting is under sipmon. and declares its scope', () => {
    for (const [key, setting] of Object.entries(configuration.properties)) {
      assert.ok(key.startsWith('sipmon.'), key);
      assert.ok(setting.scope, `${key} has no scope`);
    }
  });

  test('main points at the client bundle, which packaging builds first', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.match(manifest.scripts['vscode:prepublish'], /^npm run compile$/);
    assert.match(manifest.scripts.compile, /npm run bundle$/);
    assert.ok(sourcesUnder('client/src').some(({ file }) => file === path.join('client/src', 'extension.ts')));
  });
});
