/** Table tests for gorgone/allowed-hosts-disabled. */
import * as assert from 'node:assert/strict';
import rule from '../../../../server/src/rules/gorgone/allowed-hosts-disabled';
import { runRule, testRule } from '../../../helpers/ruleTester';

const HTTPSERVER = 'gorgone:\n  modules:\n    - name: httpserver\n      package: gorgone::modules::core::httpserver::hooks\n      enable: true\n';

testRule(rule, {
  valid: [
    { name: 'installer default (flow)', code: `${HTTPSERVER}      allowed_hosts: { enabled: true, subnets: [ 127.0.0.1/32 ] }\n` },
    { name: 'block style, quoted "true"', code: `${HTTPSERVER}      allowed_hosts:\n        enabled: "true"\n        subnets:\n          - 10.1.0.0/24\n` },
    { name: 'enabled: on belongs to non-boolean-flag', code: `${HTTPSERVER}      allowed_hosts:\n        enabled: on\n` },
    { name: 'module not loaded', code: 'gorgone:\n  modules:\n    - name: httpserver\n      package: gorgone::modules::core::httpserver::hooks\n      enable: false\n' },
    { name: 'not an httpserver', code: 'gorgone:\n  modules:\n    - name: pullwss\n      package: gorgone::modules::core::pullwss::hooks\n      enable: true\n' },
  ],
  invalid: [
    {
      name: 'disabled with a list: the list is kept',
      code: `${HTTPSERVER}      allowed_hosts:\n        enabled: false\n        subnets:\n          - 10.1.0.0/24\n      port: 8085\n`,
      errors: [{ messageId: 'off', line: 7, column: 18, endLine: 7, endColumn: 23, data: { value: 'false' } }],
      output: `${HTTPSERVER}      allowed_hosts:\n        enabled: true\n        subnets:\n          - 10.1.0.0/24\n      port: 8085\n`,
    },
    {
      name: 'disabled with no list: the local subnet is added (flow)',
      code: `${HTTPSERVER}      allowed_hosts: { enabled: false }\n`,
      errors: [{ messageId: 'off', line: 6, column: 33 }],
      output: `${HTTPSERVER}      allowed_hosts: { enabled: true, subnets: [ 127.0.0.1/32 ] }\n`,
    },
    {
      name: 'no allowed_hosts at all',
      code: `${HTTPSERVER}      address: 0.0.0.0\n`,
      errors: [{ messageId: 'missing', line: 4, column: 16, endColumn: 57 }],
      output: `${HTTPSERVER}      address: 0.0.0.0\n      allowed_hosts:\n        enabled: true\n        subnets:\n          - 127.0.0.1/32\n`,
    },
    {
      name: 'subnets without enabled, and an empty block list',
      code: `${HTTPSERVER}      allowed_hosts:\n        subnets:\n      port: 8085\n`,
      errors: [{ messageId: 'missing', line: 6, column: 7 }],
      output: `${HTTPSERVER}      allowed_hosts:\n        subnets: [ 127.0.0.1/32 ]\n        enabled: true\n      port: 8085\n`,
    },
  ],
});

suite('gorgone/allowed-hosts-disabled fix policy', () => {
  test('the fix is safe (fix-all): it restores the installer default', () => {
    const [finding] = runRule(rule, `${HTTPSERVER}      allowed_hosts: { enabled: false }\n`);
    assert.equal(finding.fixes[0].needsJudgement, undefined);
  });
});
