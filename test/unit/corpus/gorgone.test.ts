/** The real Gorgone files of the shared corpus: all are read without an engine error, and MANIFEST.md's notable settings are found. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { emptyConfig } from '../../../server/src/core/config';
import { lint } from '../../../server/src/core/engine';
import { emptyWorkspace } from '../../../server/src/core/workspace';
import { gorgoneFormat } from '../../../server/src/formats/gorgone/format';
import { ruleSet } from '../../../server/src/rules';
import { corpusRoot, requireOrSkip } from '../../helpers/paths';

const dir = path.join(corpusRoot, 'gorgone');

/** Corpus names flatten the original path: `…config.d_whitelist.conf.d_Sipmon__4281524b.yaml` was `…/whitelist.conf.d/Sipmon.yaml`. */
function originalPath(name: string): string {
  const bare = name.replace(/__[0-9a-f]{8}(\.rendered)?(\.ya?ml(\.tpl)?)$/, '$2');
  const nested = /(whitelist\.conf\.d|cron\.d)_(.*)$/.exec(bare);
  return `/etc/Sipmon-gorgone/config.d/${nested ? `${nested[1]}/${nested[2]}` : bare}`;
}

/** What MANIFEST.md notes for a file (by a unique part of its name), as the rules that must report it. */
const NOTABLE: Record<string, string[]> = {
  'gorgoneCentralTemplate__b9a6c00d.rendered': ['gorgone/api-ssl-disabled', 'gorgone/api-auth-disabled', 'gorgone/command-whitelist-disabled'],
  gorgoneRemoteTemplate__d841ea1f: ['gorgone/command-whitelist-disabled'],
  'gorgoned-central-ssh__083a2553': ['gorgone/weak-secret', 'gorgone/allowed-hosts-disabled'],
  'gorgoned-central-zmq__083a2553': ['gorgone/weak-secret'],
  'gorgoned-remote-ssh__083a2553': ['gorgone/weak-secret'],
  'install_src_Sipmon-api__ad7e34d0': ['gorgone/weak-secret'],
  'install_src_Sipmon__14ea2ca2.yaml': ['gorgone/syntax'],
  'install_src_config__14ea2ca2.yaml': ['gorgone/syntax'],
  'packaging_configuration_whitelist.conf.d_Sipmon': ['gorgone/whitelist-regex-unanchored'],
  robot_config_actions__6bb04309: ['gorgone/command-whitelist-disabled'],
  'pull_central_config__710f900f.rendered': ['gorgone/api-ssl-disabled', 'gorgone/api-auth-disabled'],
  'pull_central_config__710f900f.yaml': ['gorgone/syntax'],
  pull_poller_config__710f900f: ['gorgone/command-whitelist-disabled'],
  pullwss_central_config__3662087e: ['gorgone/weak-secret', 'gorgone/api-ssl-disabled', 'gorgone/api-auth-disabled'],
  pullwss_poller_config__3662087e: ['gorgone/weak-secret'],
  push_central_config__6bb04309: ['gorgone/api-ssl-disabled', 'gorgone/api-auth-disabled'],
  push_poller_config__367f196c: ['gorgone/zmq-no-authorized-clients', 'gorgone/command-whitelist-disabled'],
  start_stop_config__367f196c: ['gorgone/api-ssl-disabled', 'gorgone/api-auth-disabled'],
  'config.d_30-Sipmon__4aed3b97': ['gorgone/weak-secret'],
  'config.d_31-Sipmon-api__4aed3b97': ['gorgone/weak-secret'],
  'config.d_whitelist.conf.d_Sipmon__4aed3b97': ['gorgone/whitelist-regex-unanchored'],
  'Sipmon-gorgone__config_gorgoned-central-zmq__853066c0': ['gorgone/command-whitelist-disabled', 'gorgone/weak-secret'],
  'Sipmon-gorgone__config_gorgoned-poller__f10ab187': ['gorgone/command-whitelist-disabled'],
  'Sipmon-gorgone__config_gorgoned__55627de9': ['gorgone/weak-secret', 'gorgone/api-auth-disabled'],
  'templates_config__50a6d893.yaml.tpl': ['gorgone/api-ssl-disabled', 'gorgone/api-auth-disabled', 'gorgone/allowed-hosts-disabled', 'gorgone/zmq-no-authorized-clients'],
  'gorgoneCentralTemplate__06ad29b3.rendered': ['gorgone/api-ssl-disabled', 'gorgone/api-auth-disabled'],
  'gorgoneCentralTemplate__692d6c82.rendered': ['gorgone/api-ssl-disabled', 'gorgone/api-auth-disabled', 'gorgone/whitelist-regex-unanchored'],
  'docker_Sipmon-gorgone_config_31-Sipmon-api__32369214': ['gorgone/weak-secret', 'gorgone/api-url-insecure'],
  'docker_poller_40-gorgoned__160fc582': ['gorgone/zmq-no-authorized-clients'],
};

/** "Nothing security-relevant" in MANIFEST.md, or the hardened packaged files: no finding at all. */
const CLEAN = [
  'registernodes-central', 'registernodes-remote', 'packaging_configuration_Sipmon-audit', 'packaging_configuration_action',
  'packaging_configuration_config', 'robot_config_engine', 'pull_node_register_one_node', 'pullwss_node_register_one_node',
  'robot_config_statistics', 'config.d_cron.d_41-service-discovery', 'gorgone_config_gorgoned-poller__083a2553',
];

function lintCorpusFile(name: string) {
  const text = fs.readFileSync(path.join(dir, name), 'utf8');
  return lint({ text, path: originalPath(name), format: gorgoneFormat, ruleSet, config: emptyConfig, workspace: emptyWorkspace });
}

suite('corpus: Gorgone YAML', () => {
  suiteSetup(function () {
    requireOrSkip(this, fs.existsSync(dir), `the shared corpus (${dir})`);
  });

  test('every file lints without an engine error; only the templates MANIFEST.md names fail to parse', function () {
    const names = fs.readdirSync(dir).sort();
    assert.ok(names.length >= 60, `expected the 63 corpus files, found ${names.length}`);
    const unparsable: string[] = [];
    for (const name of names) {
      const result = lintCorpusFile(name);
      assert.deepEqual(result.engineErrors, [], name);
      if (result.findings.some((finding) => finding.ruleId === 'gorgone/syntax')) {
        unparsable.push(name);
      }
    }
    assert.deepEqual(unparsable, [
      'Sipmon-collect__gorgone_install_src_Sipmon__14ea2ca2.yaml',
      'Sipmon-collect__gorgone_install_src_config__14ea2ca2.yaml',
      'Sipmon-collect__gorgone_tests_robot_config_pull_central_config__710f900f.yaml',
    ]);
  });

  for (const [part, expected] of Object.entries(NOTABLE)) {
    test(`${part}: ${expected.join(', ')}`, () => {
      const matches = fs.readdirSync(dir).filter((name) => name.includes(part));
      assert.equal(matches.length, 1, `"${part}" must name exactly one corpus file`);
      const found = new Set(lintCorpusFile(matches[0]).findings.map((finding) => finding.ruleId));
      assert.deepEqual(expected.filter((id) => !found.has(id)), [], 'not found');
    });
  }

  test('the files MANIFEST.md calls harmless get no finding', () => {
    for (const part of CLEAN) {
      const matches = fs.readdirSync(dir).filter((name) => name.includes(part));
      assert.equal(matches.length, 1, part);
      assert.deepEqual(lintCorpusFile(matches[0]).findings.map((finding) => finding.ruleId), [], matches[0]);
    }
  });

  test('the packaged whitelist is recognised as the vendor file', () => {
    assert.equal(originalPath('Sipmon-collect__gorgone_packaging_configuration_whitelist.conf.d_Sipmon__4281524b.yaml'), '/etc/Sipmon-gorgone/config.d/whitelist.conf.d/Sipmon.yaml');
  });
});
