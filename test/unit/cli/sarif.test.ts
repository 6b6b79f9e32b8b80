/** sipmon-lint --format sarif: the essential fields of a SARIF 2.1.0 log. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { docsUri, packageRoot } from '../../../server/src/docs';
import { allRules } from '../../../server/src/rules';
import { GORGONE_PATH, HARDENED_GORGONE, INSECURE_GORGONE, runCli, temporaryTrees } from '../../helpers/cliRunner';

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
}

interface SarifLog {
  $schema: string;
  version: string;
  runs: { tool: { driver: { name: string; version: string; rules: SarifRule[] } }; originalUriBaseIds: Record<string, { uri: string }>; results: SarifResult[] }[];
}

function runSarif(cwd: string): { status: number | null; log: SarifLog } {
  const run = runCli(cwd, ['--format', 'sarif']);
  return { status: run.status, log: JSON.parse(run.stdout) as SarifLog };
}

const LEVELS: Record<string, string> = { error: 'error', warning: 'warning', info: 'note' };

suite('sipmon-lint --format sarif', () => {
  const tree = temporaryTrees();

  test('the log header and the driver list every rule of the registry', () => {
    const root = tree({ [GORGONE_PATH]: HARDENED_GORGONE });
    const { status, log } = runSarif(root);
    assert.equal(status, 0);
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const { driver } = log.runs[0].tool;
    const { version } = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual([driver.name, driver.version], ['sipmon-lint', version]);
    assert.deepEqual(driver.rules.map((rule) => rule.id), allRules.map((rule) => rule.id));
    for (const [index, rule] of driver.rules.entries()) {
      assert.deepEqual(rule, {
        id: allRules[index].id,
        shortDescription: { text: allRules[index].description },
        fullDescription: { text: allRules[index].rationale },
        helpUri: docsUri(rule.id),
        defaultConfiguration: { level: LEVELS[allRules[index].severity] },
      });
    }
    assert.deepEqual(log.runs[0].results, []);
  });

  test('a result points at its rule, its file under %SRCROOT% and its region', () => {
    const root = tree({ [GORGONE_PATH]: INSECURE_GORGONE });
    const { log } = runSarif(root);
    const [run] = log.runs;
    assert.equal(run.results.length, 1);
    const [result] = run.results;
    assert.equal(result.ruleId, 'gorgone/fingerprint-mode-always');
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    assert.equal(result.level, 'warning');
    assert.match(result.message.text, /fingerprint_mode "always"/);
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    assert.deepEqual(artifactLocation, { uri: GORGONE_PATH, uriBaseId: '%SRCROOT%' });
    assert.deepEqual(region, { startLine: 3, startColumn: 23, endLine: 3, endColumn: 29 });
    const base = run.originalUriBaseIds['%SRCROOT%'].uri;
    assert.equal(base, `${pathToFileURL(root).href}/`);
    assert.equal(new URL(artifactLocation.uri, base).href, pathToFileURL(path.join(root, GORGONE_PATH)).href);
  });

  test('levels: error stays error, info becomes note', () => {
    const root = tree({
      [GORGONE_PATH]: 'gorgone:\n  gorgonecore:\n    # sipmon-disable-next-line gorgone/fingerprint-mode-always\n    id: 1\n',
      'etc/Sipmon-gorgone/config.d/50-broken.yaml': 'gorgone:\n  gorgonecore: [\n',
    });
    const { status, log } = runSarif(root);
    assert.equal(status, 1);
    const { results, tool } = log.runs[0];
    assert.deepEqual(results.map((result) => [result.ruleId, result.level, tool.driver.rules[result.ruleIndex].id]), [
      ['sipmon/unused-suppression', 'note', 'sipmon/unused-suppression'],
      ['gorgone/syntax', 'error', 'gorgone/syntax'],
    ]);
  });

  test('a file name with spaces is percent-encoded in its URI', () => {
    const file = 'etc/Sipmon-gorgone/config.d/my poller.yaml';
    const root = tree({ [file]: INSECURE_GORGONE });
    const { log } = runSarif(root);
    const { artifactLocation } = log.runs[0].results[0].locations[0].physicalLocation;
    assert.equal(artifactLocation.uri, 'etc/Sipmon-gorgone/config.d/my%20poller.yaml');
  });
});
