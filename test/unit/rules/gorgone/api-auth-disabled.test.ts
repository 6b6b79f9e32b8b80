/** Table tests for gorgone/api-auth-disabled. */
import * as assert from 'node:assert/strict';
import rule from '../../../../server/src/rules/gorgone/api-auth-disabled';
import { runRule, testRule } from '../../../helpers/ruleTester';

const HTTPSERVER = 'gorgone:\n  modules:\n    - name: httpserver\n      package: gorgone::modules::core::httpserver::hooks\n      enable: true\n';
const SECRET = 'TestSecret0000000000000000000001';

testRule(rule, {
  valid: [
    { name: 'enabled with credentials', code: `${HTTPSERVER}      auth:\n        enabled: true\n        user: api\n        password: "secret::hashicorp_vault::gorgone::api"\n` },
    { name: 'flow style, quoted "true"', code: `${HTTPSERVER}      auth: { enabled: "true", user: api, password: "secret::hashicorp_vault::gorgone::api" }\n` },
    { name: 'enabled: yes belongs to non-boolean-flag', code: `${HTTPSERVER}      auth:\n        enabled: yes\n` },
    { name: 'placeholder left for the installer', code: `${HTTPSERVER}      auth:\n        enabled: "@AUTH_ENABLED@"\n` },
    { name: 'module not loaded', code: 'gorgone:\n  modules:\n    - name: httpserver\n      package: gorgone::modules::core::httpserver::hooks\n      enable: false\n      auth: { enabled: false }\n' },
    { name: 'auth of another module', code: 'gorgone:\n  modules:\n    - name: proxy\n      package: gorgone::modules::core::proxy::hooks\n      enable: true\n      auth: { enabled: false }\n' },
  ],
  invalid: [
    {
      name: 'installer default, block style',
      code: `${HTTPSERVER}      auth:\n        enabled: false\n      allowed_hosts:\n        enabled: true\n`,
      errors: [{ messageId: 'off', line: 7, column: 18, endLine: 7, endColumn: 23, data: { value: 'false' } }],
      output: `${HTTPSERVER}      auth:\n        enabled: true\n        user: Sipmon-gorgone\n        password: ${SECRET}\n      allowed_hosts:\n        enabled: true\n`,
    },
    {
      name: 'installer default, flow style',
      code: `${HTTPSERVER}      auth: { enabled: false }\n`,
      errors: [{ messageId: 'off', line: 6, column: 24 }],
      output: `${HTTPSERVER}      auth: { enabled: true, user: Sipmon-gorgone, password: ${SECRET} }\n`,
    },
    {
      name: 'flow style with a user: the generated password goes next to enabled',
      code: `${HTTPSERVER}      auth: { enabled: False, user: api }\n`,
      errors: [{ messageId: 'off', line: 6, column: 24, data: { value: 'False' } }],
      output: `${HTTPSERVER}      auth: { enabled: true, password: ${SECRET}, user: api }\n`,
    },
    {
      name: 'no auth map at all',
      code: `${HTTPSERVER}      port: 8085\n`,
      errors: [{ messageId: 'missing', line: 4, column: 16 }],
      output: `${HTTPSERVER}      port: 8085\n      auth:\n        enabled: true\n        user: Sipmon-gorgone\n        password: ${SECRET}\n`,
    },
    {
      name: 'credentials without enabled (old sample): the credentials are kept',
      code: `${HTTPSERVER}      auth:\n        user: admin\n        password: "secret::hashicorp_vault::gorgone::api"\n`,
      errors: [{ messageId: 'missing', line: 6, column: 7 }],
      output: `${HTTPSERVER}      auth:\n        user: admin\n        password: "secret::hashicorp_vault::gorgone::api"\n        enabled: true\n`,
    },
    {
      name: 'blank password is replaced, the user kept',
      code: `${HTTPSERVER}      auth:\n        enabled: no\n        user: api\n        password: ""\n`,
      errors: [{ messageId: 'off', line: 7, column: 18, data: { value: 'no' } }],
      output: `${HTTPSERVER}      auth:\n        enabled: true\n        user: api\n        password: ${SECRET}\n`,
    },
    {
      name: 'empty auth value',
      code: `${HTTPSERVER}      auth:\n      port: 8085\n`,
      errors: [{ messageId: 'missing', line: 6, column: 7 }],
      output: `${HTTPSERVER}      auth: { enabled: true, user: Sipmon-gorgone, password: ${SECRET} }\n      port: 8085\n`,
    },
  ],
});

suite('gorgone/api-auth-disabled fix policy', () => {
  test('the fix needs judgement: the web UI must get the same credentials', () => {
    const [finding] = runRule(rule, `${HTTPSERVER}      auth: { enabled: false }\n`);
    assert.equal(finding.fixes[0].needsJudgement, true);
    assert.match(finding.fixes[0].title, /Administration > Parameters > Gorgone/);
  });
});
