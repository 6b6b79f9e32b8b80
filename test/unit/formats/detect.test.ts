/** Format detection: Gorgone files by path and by content; unrelated YAML is never claimed. */
import * as assert from 'node:assert/strict';
// The module object itself (not an ES namespace copy), so that a test can count the parser's calls.
import yaml = require('yaml');
import { emptyConfig, mergeConfig } from '../../../server/src/core/config';
import { detectFormat } from '../../../server/src/core/detect';
import { formats } from '../../../server/src/formats';
import { emptyWorkspace } from '../../../server/src/core/workspace';
import { lintFile } from '../../../server/src/linter';

function detected(path: string | undefined, text: string, languageId?: string, associations: Record<string, string> = {}): string | undefined {
  return detectFormat({ path, text, languageId }, formats, mergeConfig(emptyConfig, { associations }))?.format.id;
}

const unrelated: Record<string, string> = {
  '/srv/app/docker-compose.yml': 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n',
  '/repo/.github/workflows/ci.yml': 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
  '/k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      containers: []\n',
  '/etc/netplan/config.d/01.yaml': 'network:\n  version: 2\n',
  '/etc/app/config.d/modules.yaml': 'modules:\n  - name: x\n    package: y\n',
};

suite('format detection', () => {
  test('claims Gorgone files by path', () => {
    assert.equal(detected('/etc/Sipmon-gorgone/config.d/40-gorgoned.yaml', 'anything: 1\n'), 'gorgone');
    assert.equal(detected('/etc/Sipmon-gorgone/config.d/whitelist.conf.d/custom.yaml', '- ^ls$\n'), 'gorgone');
    assert.equal(detected('/opt/x/config.d/cron.d/10.yml', '- id: a\n'), 'gorgone');
  });

  test('claims Gorgone files elsewhere by content', () => {
    assert.equal(detected('/home/me/repo/poller.yml', 'gorgone:\n  gorgonecore:\n    id: 2\n'), 'gorgone');
    assert.equal(detected('/home/me/repo/central.yaml', 'name: x\nconfiguration:\n  gorgone:\n    modules: []\n'), 'gorgone');
    assert.equal(detected('/home/me/repo/old.yml', 'name: gorgoned\ngorgonecore:\n  id: 1\n'), 'gorgone');
    assert.equal(detected('/etc/Sipmon/config.d/10-database.yaml', 'Sipmon:\n  database:\n    db_configuration: {}\n'), 'gorgone');
    assert.equal(detected(undefined, 'gorgone:\n  tpapi: []\n', 'yaml'), 'gorgone');
  });

  test('never claims unrelated YAML', () => {
    for (const [path, text] of Object.entries(unrelated)) {
      assert.equal(detected(path, text), undefined, path);
    }
    assert.equal(detected(undefined, 'services: {}\n', 'yaml'), undefined);
    assert.equal(detected('/etc/Sipmon-gorgone/notes.txt', 'gorgone:\n  tpapi: []\n'), undefined);
  });

  test('a Gorgone file found by content is parsed once, with the findings it gets when found by path', () => {
    const text = 'gorgone:\n  gorgonecore:\n    internal_com_crypt: false\n  modules:\n    - name: api\n      package: "gorgone::modules::core::httpserver::hooks"\n      enable: true\n      ssl: false\n';
    const module: { parseDocument: typeof yaml.parseDocument } = yaml;
    const parseDocument = module.parseDocument;
    let parses = 0;
    module.parseDocument = (...args: Parameters<typeof parseDocument>) => {
      parses++;
      return parseDocument(...args);
    };
    try {
      const byContent = lintFile({ path: '/home/me/repo/poller.yml', text, workspace: emptyWorkspace });
      assert.equal(parses, 1);
      const byPath = lintFile({ path: '/etc/Sipmon-gorgone/poller.yml', text, workspace: emptyWorkspace });
      assert.ok(byContent && byPath && byContent.findings.length > 0);
      assert.deepEqual(byContent.findings.map((finding) => ({ ...finding, fixes: finding.fixes.map((fix) => fix.title) })), byPath.findings.map((finding) => ({ ...finding, fixes: finding.fixes.map((fix) => fix.title) })));
    } finally {
      module.parseDocument = parseDocument;
    }
  });

  test('user associations claim files the built-in patterns do not', () => {
    assert.equal(detected('/srv/my-gorgone/main.yaml', 'a: 1\n', undefined, { '**/my-gorgone/*.yaml': 'gorgone' }), 'gorgone');
  });
});

suite('config files are never linted', () => {
  test('a .sipmonlint.yaml under Sipmon-gorgone/ is configuration, not Gorgone YAML', () => {
    assert.equal(lintFile({ path: '/etc/Sipmon-gorgone/.sipmonlint.yaml', text: 'rules: {}\n', workspace: emptyWorkspace }), undefined);
    assert.ok(lintFile({ path: '/etc/Sipmon-gorgone/sipmonlint.yaml', text: 'rules: {}\n', workspace: emptyWorkspace }));
  });
});
