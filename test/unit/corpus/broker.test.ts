/** The real Broker files of the shared corpus (XML and JSON): all are read without an engine error, and MANIFEST.md's notable settings are found. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { emptyConfig } from '../../../server/src/core/config';
import { lint } from '../../../server/src/core/engine';
import { emptyWorkspace, WorkspaceView, workspaceOf } from '../../../server/src/core/workspace';
import { brokerFormat } from '../../../server/src/formats/broker/format';
import { ruleSet } from '../../../server/src/rules';
import { corpusRoot, requireOrSkip } from '../../helpers/paths';

const DIRS = ['broker-xml', 'broker-json'].map((name) => path.join(corpusRoot, name));
const VIRTUAL_DIR = '/etc/Sipmon-broker';

function corpusFiles(): { dir: string; name: string }[] {
  return DIRS.flatMap((dir) => fs.readdirSync(dir).sort().map((name) => ({ dir, name })));
}

function lintCorpusFile(dir: string, name: string, workspace: WorkspaceView = emptyWorkspace) {
  const text = fs.readFileSync(path.join(dir, name), 'utf8');
  return lint({ text, path: `${VIRTUAL_DIR}/${name}`, format: brokerFormat, ruleSet, config: emptyConfig, workspace });
}

function findOne(part: string): { dir: string; name: string } {
  const matches = corpusFiles().filter((file) => file.name.includes(part));
  assert.equal(matches.length, 1, `"${part}" must name exactly one corpus file`);
  return matches[0];
}

/** What MANIFEST.md notes for a file (by a unique part of its name), as the rules that must report it. */
const NOTABLE: Record<string, string[]> = {
  // broker-xml
  'config_central-broker__b0fd2189': ['broker/tls-disabled', 'broker/negotiation-typo', 'broker/weak-db-password'],
  'config_central-rrd__6f918c55': ['broker/tls-anonymous', 'broker/negotiation-typo'],
  config_conf__d4eb1230: ['broker/tls-disabled'],
  bbdo_one_peer_retention_mode_1: ['broker/tls-disabled'],
  cfg_sql__377ab845: ['broker/tls-disabled'],
  tls_to_sql_1__52c6a79c: ['broker/tls-hostname-missing'],
  'docker-files_etc_Sipmon-broker_central-broker__c9407ee0': ['broker/weak-db-password', 'broker/tls-anonymous', 'broker/negotiation-typo'],
  'docker-files_etc_Sipmon-broker_central-rrd__c9407ee0': ['broker/tls-anonymous', 'broker/negotiation-typo'],
  'PollerTest-module__8dc962ef': ['broker/tls-disabled', 'broker/compression-off'],
  'Sipmon_files_etc_Sipmon-broker_central-broker__0402c7d8': ['broker/tls-disabled', 'broker/negotiation-typo', 'broker/weak-db-password'],
  'Sipmon_files_etc_Sipmon-broker_central-module__0402c7d8': ['broker/negotiation-typo'],
  'Sipmon_files_etc_Sipmon-broker_central-rrd__0402c7d8': ['broker/tls-disabled', 'broker/negotiation-typo'],
  'Sipmonpoller_files_etc_Sipmon-broker_poller-module__667e38fe': ['broker/tls-disabled', 'broker/negotiation-typo'],
  // broker-json
  'config_central-broker__c5800df5': ['broker/tls-anonymous', 'broker/weak-db-password'],
  'config_central-rrd__c5800df5': ['broker/tls-anonymous'],
  'script_watchdog__c5800df5.json.in': ['broker/syntax'],
  'agent_bench_Sipmon_conf_Sipmon-broker_central-module': ['broker/tls-disabled', 'broker/compression-off'],
  'broker_config_central-broker__430c04b8': ['broker/tls-anonymous'],
  'broker_config_central-rrd__430c04b8': ['broker/tls-anonymous'],
  'simu_docker_etc_central-broker': ['broker/weak-db-password'],
  'Sipmon-broker-rrd_templates_central-rrd': ['broker/tls-disabled', 'broker/non-string-value'],
  'Sipmon-broker-sql_templates_central-broker': ['broker/tls-disabled', 'broker/compression-off'],
  'Sipmon-engine_templates_central-module': ['broker/tls-disabled'],
};

/**
 * No finding at all: "nothing security-relevant" in MANIFEST.md (watchdogs), TLS with key, certificate and CA, and
 * module outputs whose plaintext link goes to localhost (it never leaves the machine).
 */
const CLEAN = [
  'docker-files_etc_Sipmon-broker_watchdog__c9407ee0', 'Sipmon_files_etc_Sipmon-broker_watchdog__0402c7d8', 'script_watchdog__c5800df5.rendered',
  'broker_script_watchdog__430c04b8', 'watchdog_test_bad-config', 'Sipmon__docker_Sipmon-broker_watchdog', 'tls_to_sql_2__52c6a79c',
  'config_poller-module__c5800df5', 'broker_config_central-module__430c04b8', 'Sipmon-web_templates_central-module',
  'docker-files_etc_Sipmon-broker_central-module__c9407ee0', 'config_poller-module__8c5909be', 'failover_to_tcp_1',
];

/** The files of one source repository and commit, as one platform: the daemons of one installation. */
function platforms(): Map<string, { dir: string; name: string }[]> {
  const groups = new Map<string, { dir: string; name: string }[]>();
  for (const file of corpusFiles()) {
    const key = `${file.name.split('__')[0]}@${/__([0-9a-f]{8})\./.exec(file.name)?.[1] ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  return groups;
}

suite('corpus: Broker XML and JSON', () => {
  suiteSetup(function () {
    requireOrSkip(this, DIRS.every((dir) => fs.existsSync(dir)), `the shared corpus (${DIRS.join(', ')})`);
  });

  test('every file lints without an engine error; only the template MANIFEST.md names fails to parse', () => {
    const files = corpusFiles();
    assert.ok(files.length >= 38, `expected the 21 + 17 corpus files, found ${files.length}`);
    const unparsable: string[] = [];
    for (const { dir, name } of files) {
      const result = lintCorpusFile(dir, name);
      assert.deepEqual(result.engineErrors, [], name);
      if (result.findings.some((finding) => finding.ruleId === 'broker/syntax')) {
        unparsable.push(name);
      }
    }
    assert.deepEqual(unparsable, ['Sipmon-broker__script_watchdog__c5800df5.json.in']);
  });

  test('every file is recognised as Broker by its content', () => {
    for (const { dir, name } of corpusFiles()) {
      assert.ok(brokerFormat.sniff(fs.readFileSync(path.join(dir, name), 'utf8')), name);
    }
  });

  for (const [part, expected] of Object.entries(NOTABLE)) {
    test(`${part}: ${expected.join(', ')}`, () => {
      const { dir, name } = findOne(part);
      const found = new Set(lintCorpusFile(dir, name).findings.map((finding) => finding.ruleId));
      assert.deepEqual(expected.filter((id) => !found.has(id)), [], 'not found');
    });
  }

  test('the files MANIFEST.md calls harmless, or that keep plaintext on localhost, get no finding', () => {
    for (const part of CLEAN) {
      const { dir, name } = findOne(part);
      assert.deepEqual(lintCorpusFile(dir, name).findings.map((finding) => finding.ruleId), [], name);
    }
  });

  test('no secret from the files is repeated in a message', () => {
    for (const { dir, name } of corpusFiles()) {
      for (const finding of lintCorpusFile(dir, name).findings) {
        assert.ok(!finding.message.includes('md_N*2>:Ht'), `${name}: ${finding.message}`);
      }
    }
  });

  test('each installation linted as one folder: its inputs and outputs agree, and nothing breaks', () => {
    for (const [platform, files] of platforms()) {
      const texts = Object.fromEntries(files.map(({ dir, name }) => [`${VIRTUAL_DIR}/${name}`, fs.readFileSync(path.join(dir, name), 'utf8')]));
      const workspace = workspaceOf(texts);
      for (const { dir, name } of files) {
        const result = lintCorpusFile(dir, name, workspace);
        assert.deepEqual(result.engineErrors, [], `${platform}: ${name}`);
        assert.deepEqual(result.findings.filter((finding) => finding.ruleId === 'broker/mismatched-peers').map((finding) => finding.message), [], `${platform}: ${name}`);
      }
    }
  });

  test('truncated and damaged copies of every file lint without an engine error', () => {
    for (const { dir, name } of corpusFiles()) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const neighbours = workspaceOf({ [`${VIRTUAL_DIR}/neighbour.${name.includes('.xml') ? 'xml' : 'json'}`]: text });
      for (let step = 1; step < 16; step++) {
        const cut = Math.floor((text.length * step) / 16);
        for (const damaged of [text.slice(0, cut), text.slice(cut), text.slice(0, cut) + text.slice(cut + 7)]) {
          const result = lint({ text: damaged, path: `${VIRTUAL_DIR}/${name}`, format: brokerFormat, ruleSet, config: emptyConfig, workspace: neighbours });
          assert.deepEqual(result.engineErrors, [], `${name} cut at ${cut}`);
        }
      }
    }
  });
});
