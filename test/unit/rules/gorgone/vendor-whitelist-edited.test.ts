/** Table tests for gorgone/vendor-whitelist-edited, plus the file its fix creates. */
import * as assert from 'node:assert/strict';
import rule from '../../../../server/src/rules/gorgone/vendor-whitelist-edited';
import { runRule, testRule } from '../../../helpers/ruleTester';

const FOLDER = '/etc/Sipmon-gorgone/config.d/whitelist.conf.d';
const VENDOR = `${FOLDER}/Sipmon.yaml`;
const HEADER = '# Configuration brought by Sipmon Gorgone package.\n# SHOULD NOT BE EDITED! CREATE YOUR OWN FILE IN WHITELIST.CONF.D DIRECTORY!\n';
const SHIPPED = '- ^sudo\\s+(/bin/|/usr/bin/)?systemctl\\s+(reload|restart)\\s+(centengine|Sipmontrapd|cbd|Sipmon_vmware)(\\.service)?\\s*$\n- ^mkdir\n';
/** An entry of an older package release, which an upgrade has not replaced yet. */
const OLDER = '- ^/usr/lib/Sipmon/plugins/.*$\n';
const ADDED = "- ^/opt/backup/run\\.sh\\s*$\n- '^/usr/bin/systemctl restart snmpd$'\n";

testRule(rule, {
  valid: [
    { name: 'the shipped entries', code: HEADER + SHIPPED, path: VENDOR },
    { name: 'an entry of an older release', code: HEADER + SHIPPED + OLDER, path: VENDOR },
    { name: 'a shipped entry removed is no loss', code: HEADER + '- ^mkdir\n', path: VENDOR },
    { name: 'entries in a file of one\'s own', code: ADDED, path: `${FOLDER}/custom.yaml` },
    { name: 'a Sipmon.yaml elsewhere is not the packaged file', code: ADDED, path: '/etc/Sipmon-gorgone/config.d/Sipmon.yaml' },
  ],
  invalid: [
    {
      name: 'two added entries: both moved to custom.yaml',
      code: HEADER + SHIPPED + ADDED,
      path: VENDOR,
      errors: [
        { messageId: 'added', line: 5, column: 3, endLine: 5, endColumn: 27, data: { regex: '^/opt/backup/run\\.sh\\s*$' } },
        { messageId: 'added', line: 6, column: 3, endColumn: 39 },
      ],
      output: HEADER + SHIPPED,
    },
    {
      name: 'an added entry between shipped ones, CRLF line breaks',
      code: '- ^mkdir\r\n- ^/opt/x\\s*$\r\n- ^Sipmon\r\n',
      path: VENDOR,
      errors: [{ messageId: 'added', line: 2, column: 3 }],
      output: '- ^mkdir\r\n- ^Sipmon\r\n',
    },
    {
      name: 'custom.yaml exists: move by hand',
      code: HEADER + SHIPPED + ADDED,
      path: VENDOR,
      files: { [`${FOLDER}/custom.yaml`]: '- ^/bin/true\\s*$\n' },
      errors: [{ messageId: 'addedByHand', line: 5, column: 3 }, { messageId: 'addedByHand', line: 6, column: 3 }],
    },
    {
      name: 'a flow list cannot be cut line by line: reported without a fix',
      code: '[ ^mkdir, ^/opt/x\\s*$ ]\n',
      path: VENDOR,
      errors: [{ messageId: 'added', line: 1, column: 11 }],
    },
  ],
});

suite('gorgone/vendor-whitelist-edited: the moved entries', () => {
  test('custom.yaml receives the added entries as written, and only fixes with judgement do it', () => {
    const findings = runRule(rule, HEADER + SHIPPED + ADDED, { path: VENDOR });
    const fix = findings[0].fixes[0];
    assert.equal(fix.needsJudgement, true);
    assert.deepEqual(fix.newFiles, [{
      path: `${FOLDER}/custom.yaml`,
      text: '# Commands allowed in addition to the packaged whitelist (moved out of Sipmon.yaml, which package upgrades replace).\n' + ADDED,
    }]);
    assert.deepEqual(findings[1].fixes[0], fix, 'every finding offers the same move');
  });
});
