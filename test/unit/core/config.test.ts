/** The config file: lookup from the linted file upwards, validation with positions, merging with editor settings. */
import * as assert from 'node:assert/strict';
import { findConfigFile, isIgnored, loadConfig, mergeConfig, parseConfig } from '../../../server/src/core/config';
import { workspaceOf } from '../../../server/src/core/workspace';

const vocabulary = { ruleIds: new Set(['gorgone/a', 'gorgone/b']), formatIds: new Set(['gorgone']) };

suite('config', () => {
  test('the nearest config file wins', () => {
    const workspace = workspaceOf({
      '/etc/.sipmonlint.yaml': 'rules: {}\n',
      '/etc/Sipmon-gorgone/.sipmonlint.json': '{}',
      '/etc/Sipmon-gorgone/config.d/40.yaml': '',
    });
    assert.equal(findConfigFile('/etc/Sipmon-gorgone/config.d/40.yaml', workspace), '/etc/Sipmon-gorgone/.sipmonlint.json');
    assert.equal(findConfigFile('/etc/other/x.yaml', workspace), '/etc/.sipmonlint.yaml');
    assert.equal(findConfigFile('/srv/x.yaml', workspace), undefined);
  });

  test('reads JSON with comments and YAML alike', () => {
    const json = parseConfig('{ // editor-only\n "rules": { "gorgone/a": "off" }, "ignores": ["test/**"] }', '/p/.sipmonlint.json', vocabulary);
    const yaml = parseConfig('rules:\n  gorgone/a: off\nignores: [test/**]\n', '/p/.sipmonlint.yaml', vocabulary);
    assert.deepEqual(json.problems, []);
    assert.deepEqual(yaml.problems, []);
    assert.deepEqual(json.config, yaml.config);
    assert.deepEqual(json.config.rules, { 'gorgone/a': 'off' });
    assert.equal(json.config.baseDir, '/p');
  });

  test('reports unknown rules, bad levels and bad formats at their keys', () => {
    const text = '{ "rules": { "gorgone/zz": "off", "gorgone/a": "loud" }, "associations": { "*.y": "nginx" }, "extra": 1 }';
    const { problems, config } = parseConfig(text, '/p/.sipmonlint.json', vocabulary);
    assert.deepEqual(problems.map((problem) => text.slice(problem.span.start, problem.span.end)), ['"extra"', '"gorgone/zz"', '"gorgone/a"', '"*.y"']);
    assert.deepEqual(config.rules, {});
  });

  test('invalid syntax is a problem, not a crash', () => {
    assert.equal(parseConfig('{ "rules": ', '/p/.sipmonlint.json', vocabulary).problems.length > 0, true);
    assert.equal(parseConfig('rules: [\n', '/p/.sipmonlint.yaml', vocabulary).problems.length > 0, true);
    assert.equal(parseConfig('- a\n', '/p/.sipmonlint.yaml', vocabulary).problems.length, 1);
  });

  test('ignores are relative to the config file, editor overrides win', () => {
    const loaded = loadConfig('/p/a/x.yaml', workspaceOf({ '/p/.sipmonlint.json': '{ "ignores": ["a/*.yaml"], "rules": { "gorgone/a": "off" } }' }), vocabulary);
    assert.equal(isIgnored('/p/a/x.yaml', loaded.config), true);
    assert.equal(isIgnored('/q/a/x.yaml', loaded.config), false);
    const merged = mergeConfig(loaded.config, { rules: { 'gorgone/a': 'error' }, ignores: ['*.yml'] });
    assert.equal(merged.rules['gorgone/a'], 'error');
    assert.equal(isIgnored('/anywhere/z.yml', merged), true);
  });

  test('tlsProfile is validated at its key, and the config file wins over the editor', () => {
    const good = parseConfig('tlsProfile: modern\n', '/p/.sipmonlint.yaml', vocabulary);
    assert.deepEqual(good.problems, []);
    assert.deepEqual(good.config.settings, { tlsProfile: 'modern' });
    const text = '{ "tlsProfile": "old" }';
    const bad = parseConfig(text, '/p/.sipmonlint.json', vocabulary);
    assert.deepEqual(bad.problems.map((problem) => text.slice(problem.span.start, problem.span.end)), ['"tlsProfile"']);
    assert.deepEqual(bad.config.settings, {});
    assert.equal(mergeConfig(good.config, { settings: { tlsProfile: 'intermediate' } }).settings.tlsProfile, 'modern');
    assert.equal(mergeConfig(bad.config, { settings: { tlsProfile: 'modern' } }).settings.tlsProfile, 'modern');
  });

  test('maxFileSize is a whole number of bytes, validated at its key, and the config file wins over the editor', () => {
    const good = parseConfig('maxFileSize: 1048576\n', '/p/.sipmonlint.yaml', vocabulary);
    assert.deepEqual(good.problems, []);
    assert.equal(good.config.maxFileSize, 1048576);
    for (const wrong of ['"5MB"', '0', '-1', '1.5', 'true']) {
      const text = `{ "maxFileSize": ${wrong} }`;
      const bad = parseConfig(text, '/p/.sipmonlint.json', vocabulary);
      assert.deepEqual(bad.problems.map((problem) => text.slice(problem.span.start, problem.span.end)), ['"maxFileSize"'], wrong);
      assert.equal(bad.config.maxFileSize, undefined, wrong);
    }
    assert.equal(mergeConfig(good.config, { maxFileSize: 10 }).maxFileSize, 1048576);
    const none = parseConfig('{}', '/p/.sipmonlint.json', vocabulary).config;
    assert.equal(mergeConfig(none, { maxFileSize: 10 }).maxFileSize, 10);
    assert.equal(mergeConfig(none, {}).maxFileSize, undefined);
  });
});
