/** Table tests for gorgone/api-ssl-disabled. */
import * as assert from 'node:assert/strict';
import rule from '../../../../server/src/rules/gorgone/api-ssl-disabled';
import { applyEdits } from '../../../../server/src/core/fixes';
import { runRule, testRule } from '../../../helpers/ruleTester';

const HTTPSERVER = '  modules:\n    - name: httpserver\n      package: gorgone::modules::core::httpserver::hooks\n      enable: true\n';

testRule(rule, {
  valid: [
    { name: 'TLS on with its files', code: `gorgone:\n${HTTPSERVER}      address: 0.0.0.0\n      ssl: true\n      ssl_cert_file: /etc/pki/tls/certs/api.crt\n      ssl_key_file: /etc/pki/tls/private/api.key\n` },
    { name: 'quoted "true" is true for the daemon', code: `gorgone:\n${HTTPSERVER}      address: 0.0.0.0\n      ssl: "true"\n` },
    { name: 'plaintext but bound to loopback', code: `gorgone:\n${HTTPSERVER}      address: "127.0.0.1"\n      ssl: false\n` },
    { name: 'plaintext but bound to localhost', code: `gorgone:\n${HTTPSERVER}      address: localhost\n` },
    { name: 'ssl: yes belongs to non-boolean-flag', code: `gorgone:\n${HTTPSERVER}      address: 0.0.0.0\n      ssl: yes\n` },
    { name: 'template placeholders are not values', code: `gorgone:\n${HTTPSERVER}      address: "--HTTPSERVERADDRESS--"\n      ssl: --SSLMODE--\n` },
    { name: 'module not loaded (enable: false)', code: 'gorgone:\n  modules:\n    - name: httpserver\n      package: gorgone::modules::core::httpserver::hooks\n      enable: false\n      ssl: false\n' },
    { name: 'module not loaded (no enable)', code: 'gorgone:\n  modules:\n    - name: httpserver\n      package: gorgone::modules::core::httpserver::hooks\n      ssl: false\n' },
    { name: 'the package decides, not the name', code: 'gorgone:\n  modules:\n    - name: httpserver\n      package: gorgone::modules::core::action::hooks\n      enable: true\n      ssl: false\n' },
  ],
  invalid: [
    {
      name: 'installer default: ssl false on 0.0.0.0',
      code: `gorgone:\n${HTTPSERVER}      address: "0.0.0.0"\n      ssl: false\n      port: "8085"\n`,
      errors: [{ messageId: 'plaintext', line: 7, column: 12, endLine: 7, endColumn: 17, data: { address: '0.0.0.0' } }],
      output: `gorgone:\n${HTTPSERVER}      address: "0.0.0.0"\n      ssl: true\n      ssl_cert_file: /etc/pki/tls/certs/gorgone.crt\n      ssl_key_file: /etc/pki/tls/private/gorgone.key\n      port: "8085"\n`,
    },
    {
      name: 'no address and no ssl: the code default 0.0.0.0 in clear',
      code: `gorgone:\n${HTTPSERVER}      port: 8080\n`,
      errors: [{ messageId: 'plaintext', line: 4, column: 16, endLine: 4, endColumn: 57, data: { address: '0.0.0.0' } }],
      output: `gorgone:\n${HTTPSERVER}      port: 8080\n      ssl: true\n      ssl_cert_file: /etc/pki/tls/certs/gorgone.crt\n      ssl_key_file: /etc/pki/tls/private/gorgone.key\n`,
    },
    {
      name: 'flow-style module with its files already set',
      code: 'gorgone:\n  modules:\n    - { name: httpserver, package: "gorgone::modules::core::httpserver::hooks", enable: true, address: "::", ssl: no, ssl_cert_file: /etc/a.crt, ssl_key_file: /etc/a.key }\n',
      errors: [{ messageId: 'plaintext', line: 3, column: 115, data: { address: '::' } }],
      output: 'gorgone:\n  modules:\n    - { name: httpserver, package: "gorgone::modules::core::httpserver::hooks", enable: true, address: "::", ssl: true, ssl_cert_file: /etc/a.crt, ssl_key_file: /etc/a.key }\n',
    },
    {
      name: 'configuration root, a public address and an empty ssl',
      code: 'configuration:\n  gorgone:\n    modules:\n      - name: api\n        package: "gorgone::modules::core::httpserver::hooks"\n        enable: true\n        address: 192.0.2.10\n        ssl:\n        ssl_cert_file: /etc/a.crt\n',
      errors: [{ messageId: 'plaintext', line: 8, column: 9, data: { address: '192.0.2.10' } }],
      output: 'configuration:\n  gorgone:\n    modules:\n      - name: api\n        package: "gorgone::modules::core::httpserver::hooks"\n        enable: true\n        address: 192.0.2.10\n        ssl: true\n        ssl_key_file: /etc/pki/tls/private/gorgone.key\n        ssl_cert_file: /etc/a.crt\n',
    },
  ],
});

suite('gorgone/api-ssl-disabled alternative fix', () => {
  test('rebinds the API to loopback, both fixes needing judgement', () => {
    const code = `gorgone:\n${HTTPSERVER}      address: "0.0.0.0"\n      ssl: false\n`;
    const [finding] = runRule(rule, code);
    assert.deepEqual(finding.fixes.map((fix) => fix.needsJudgement), [true, true]);
    assert.equal(applyEdits(code, finding.fixes[1].edits), `gorgone:\n${HTTPSERVER}      address: "127.0.0.1"\n      ssl: false\n`);
  });

  test('adds the address when the default applies', () => {
    const code = `gorgone:\n${HTTPSERVER}      ssl: false\n`;
    const [finding] = runRule(rule, code);
    assert.equal(applyEdits(code, finding.fixes[1].edits), `gorgone:\n${HTTPSERVER}      ssl: false\n      address: "127.0.0.1"\n`);
  });
});
