/** Table tests for gorgone/non-boolean-flag. */
import * as assert from 'node:assert/strict';
import rule from '../../../../server/src/rules/gorgone/non-boolean-flag';
import { runRule, testRule } from '../../../helpers/ruleTester';

const HTTPSERVER = 'gorgone:\n  modules:\n    - name: httpserver\n      package: gorgone::modules::core::httpserver::hooks\n      enable: true\n';
const FILES = '      ssl_cert_file: /etc/pki/tls/certs/api.crt\n      ssl_key_file: /etc/pki/tls/private/api.key\n';
const SECRET = 'TestSecret0000000000000000000001';

testRule(rule, {
  valid: [
    { name: 'exact true everywhere', code: `${HTTPSERVER}      ssl: true\n${FILES}      auth: { enabled: true, user: api, password: x }\n      allowed_hosts: { enabled: "true", subnets: [127.0.0.1/32] }\n` },
    { name: 'off spellings mean off and are off', code: `${HTTPSERVER}      ssl: false\n      auth: { enabled: no }\n      allowed_hosts: { enabled: 0 }\n` },
    { name: 'module enable and whitelist_cmds are read differently', code: 'gorgone:\n  modules:\n    - name: action\n      package: gorgone::modules::core::action::hooks\n      enable: yes\n      whitelist_cmds: yes\n' },
    { name: 'proxy httpserver.enable is not one of these flags', code: 'gorgone:\n  modules:\n    - name: proxy\n      package: gorgone::modules::core::proxy::hooks\n      enable: true\n      httpserver: { enable: yes, ssl: true, token: x }\n' },
    { name: 'module not loaded', code: 'gorgone:\n  modules:\n    - name: httpserver\n      package: gorgone::modules::core::httpserver::hooks\n      enable: false\n      ssl: yes\n' },
    { name: 'ssl of a module that does not read it that way', code: 'gorgone:\n  modules:\n    - name: engine\n      package: gorgone::modules::Sipmon::engine::hooks\n      enable: true\n      ssl: yes\n' },
  ],
  invalid: [
    {
      name: 'httpserver ssl: yes with its files (the daemon exits)',
      code: `${HTTPSERVER}      ssl: yes\n${FILES}`,
      errors: [{ messageId: 'exits', line: 6, column: 12, endLine: 6, endColumn: 15, data: { key: 'ssl', value: 'yes' } }],
      output: `${HTTPSERVER}      ssl: true\n${FILES}`,
    },
    {
      name: 'httpserver ssl: "True" without files: they are added',
      code: `${HTTPSERVER}      ssl: "True"\n`,
      errors: [{ messageId: 'exits', line: 6, column: 12, endColumn: 18, data: { key: 'ssl', value: '"True"' } }],
      output: `${HTTPSERVER}      ssl: true\n      ssl_cert_file: /etc/pki/tls/certs/gorgone.crt\n      ssl_key_file: /etc/pki/tls/private/gorgone.key\n`,
    },
    {
      name: 'auth.enabled: on with credentials',
      code: `${HTTPSERVER}      auth:\n        enabled: on\n        user: api\n        password: "secret::hashicorp_vault::gorgone::api"\n`,
      errors: [{ messageId: 'off', line: 7, column: 18, data: { key: 'auth.enabled', value: 'on' } }],
      output: `${HTTPSERVER}      auth:\n        enabled: true\n        user: api\n        password: "secret::hashicorp_vault::gorgone::api"\n`,
    },
    {
      name: 'auth.enabled: 1 without credentials: they are added',
      code: `${HTTPSERVER}      auth: { enabled: 1 }\n`,
      errors: [{ messageId: 'off', line: 6, column: 24, data: { key: 'auth.enabled', value: '1' } }],
      output: `${HTTPSERVER}      auth: { enabled: true, user: Sipmon-gorgone, password: ${SECRET} }\n`,
    },
    {
      name: 'allowed_hosts.enabled: Yes with an empty list: the local subnet is added',
      code: `${HTTPSERVER}      allowed_hosts: { enabled: Yes, subnets: [] }\n`,
      errors: [{ messageId: 'off', line: 6, column: 33, data: { key: 'allowed_hosts.enabled', value: 'Yes' } }],
      output: `${HTTPSERVER}      allowed_hosts: { enabled: true, subnets: [ 127.0.0.1/32 ] }\n`,
    },
    {
      name: 'quoted "true " with a trailing space',
      code: `${HTTPSERVER}      allowed_hosts:\n        enabled: "true "\n        subnets:\n          - 10.0.0.0/24\n`,
      errors: [{ messageId: 'off', line: 7, column: 18, data: { key: 'allowed_hosts.enabled', value: '"true "' } }],
      output: `${HTTPSERVER}      allowed_hosts:\n        enabled: true\n        subnets:\n          - 10.0.0.0/24\n`,
    },
    {
      name: 'proxy listener and pullwss client',
      code: 'gorgone:\n  modules:\n    - name: proxy\n      package: gorgone::modules::core::proxy::hooks\n      enable: true\n      httpserver:\n        enable: true\n        ssl: y\n        ssl_cert_file: /etc/a.crt\n        ssl_key_file: /etc/a.key\n    - name: pullwss\n      package: gorgone::modules::core::pullwss::hooks\n      enable: true\n      ssl: TRUE\n',
      errors: [
        { messageId: 'off', line: 8, column: 14, data: { key: 'httpserver.ssl', value: 'y' } },
        { messageId: 'off', line: 14, column: 12, data: { key: 'ssl', value: 'TRUE' } },
      ],
      output: 'gorgone:\n  modules:\n    - name: proxy\n      package: gorgone::modules::core::proxy::hooks\n      enable: true\n      httpserver:\n        enable: true\n        ssl: true\n        ssl_cert_file: /etc/a.crt\n        ssl_key_file: /etc/a.key\n    - name: pullwss\n      package: gorgone::modules::core::pullwss::hooks\n      enable: true\n      ssl: true\n',
    },
  ],
});

suite('gorgone/non-boolean-flag fix policy', () => {
  const judgement = (code: string): (boolean | undefined)[] => runRule(rule, code).map((finding) => finding.fixes[0].needsJudgement);

  test('writing true is safe when nothing else is needed', () => {
    assert.deepEqual(judgement(`${HTTPSERVER}      ssl: on\n${FILES}      allowed_hosts: { enabled: 1, subnets: [] }\n`), [undefined, undefined]);
  });

  test('adding invented credentials or certificate paths needs judgement', () => {
    assert.deepEqual(judgement(`${HTTPSERVER}      ssl: on\n      auth: { enabled: yes, user: api }\n`), [true, true]);
  });
});
