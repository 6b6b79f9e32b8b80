/** sipmon-lint on Broker files: XML and JSON found by path and by content, read together as one platform, and fixed in place. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { brokerFormat } from '../../../server/src/formats/broker/format';
import { readTreeFile, runCli, runJson, temporaryTrees } from '../../helpers/cliRunner';

const CENTRAL = 'etc/Sipmon-broker/central-broker.json';
const POLLER = 'etc/Sipmon-broker/poller1-module.xml';

const CENTRAL_TEXT = `{
    "SipmonBroker": {
        "broker_id": 1,
        "input": [
            {
                "name": "central-broker-master-input",
                "type": "ipv4",
                "port": "5669",
                "tls": "no",
                "negotiation": "yes"
            }
        ]
    }
}
`;

const POLLER_TEXT = `<?xml version="1.0" encoding="UTF-8"?>
<SipmonBroker>
 <broker_id><![CDATA[5]]></broker_id>
 <output>
  <name><![CDATA[poller1-module-output]]></name>
  <type><![CDATA[ipv4]]></type>
  <host><![CDATA[10.0.0.1]]></host>
  <port><![CDATA[5669]]></port>
  <negociation><![CDATA[yes]]></negociation>
  <tls><![CDATA[yes]]></tls>
 </output>
</SipmonBroker>
`;

suite('sipmon-lint on Broker files', () => {
  const tree = temporaryTrees();

  test('both syntaxes are reported, with cross-file findings; unrelated XML and JSON are not linted', () => {
    const root = tree({
      [CENTRAL]: CENTRAL_TEXT,
      [POLLER]: POLLER_TEXT,
      'repo/cbd.json.in': '{ "SipmonBroker": { "grpc": { "listen_address": "0.0.0.0" } } }',
      'repo/package.json': '{ "name": "x" }',
      'repo/pom.xml': '<project><modelVersion>4.0.0</modelVersion></project>',
    });
    const run = runJson(root);
    assert.equal(run.status, 1, 'tls-disabled and grpc-exposed are errors');
    const summary = run.entries.map((entry) => [entry.file, entry.format, entry.findings.map((finding) => `${finding.line}:${finding.ruleId}`)]);
    assert.deepEqual(summary, [
      [path.normalize(CENTRAL), 'broker', ['9:broker/mismatched-peers', '9:broker/tls-disabled']],
      [path.normalize(POLLER), 'broker', ['9:broker/negotiation-typo', '10:broker/mismatched-peers', '10:broker/tls-anonymous']],
      [path.normalize('repo/cbd.json.in'), 'broker', ['1:broker/grpc-exposed']],
    ]);
  });

  test('--fix rewrites both syntaxes in their own layout; what needs judgement or paths is left', () => {
    const root = tree({ [CENTRAL]: CENTRAL_TEXT, [POLLER]: POLLER_TEXT });
    runCli(root, ['--fix']);
    assert.equal(readTreeFile(root, CENTRAL), CENTRAL_TEXT.replace('"tls": "no"', '"tls": "auto"'));
    assert.equal(readTreeFile(root, POLLER), POLLER_TEXT.replace(/negociation/g, 'negotiation'));
    for (const file of [CENTRAL, POLLER]) {
      assert.deepEqual(brokerFormat.parse(readTreeFile(root, file)).problems, [], file);
    }
    const after = runJson(root).entries.flatMap((entry) => entry.findings.map((finding) => `${finding.ruleId}:${finding.fixable}`));
    assert.deepEqual(after.sort(), ['broker/tls-anonymous:false', 'broker/tls-anonymous:false']);
  });
});
