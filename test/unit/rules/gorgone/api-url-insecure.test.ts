/** Table tests for gorgone/api-url-insecure. */
import rule from '../../../../server/src/rules/gorgone/api-url-insecure';
import { testRule } from '../../../helpers/ruleTester';

const api = (baseUrl: string) => `gorgone:\n  tpapi:\n    - name: Sipmonv2\n      base_url: ${baseUrl}\n`;

testRule(rule, {
  valid: [
    api('"https://central.example.org/Sipmon/api/latest/"'),
    { name: 'loopback IPv4, the packaged value', code: api('"http://127.0.0.1/Sipmon/api/latest/"') },
    { name: 'localhost with a port', code: api('http://localhost:8080/Sipmon/api/latest/') },
    { name: 'IPv6 loopback in brackets', code: api('"http://[::1]/Sipmon/api/latest/"') },
    { name: 'a Vault reference', code: api('"secret::hashicorp_vault::gorgone::base_url"') },
    { name: 'http outside tpapi is not this rule', code: 'gorgone:\n  modules:\n    - name: x\n      base_url: http://central.example.org/\n' },
    { name: 'any 127/8 address is loopback', code: api('http://127.0.0.5:8080/Sipmon/api/latest/') },
  ],
  invalid: [
    {
      name: 'quoted http to a remote host',
      code: api('"http://central.example.org/Sipmon/api/latest/"'),
      errors: [{ messageId: 'insecure', line: 4, column: 17, endLine: 4, endColumn: 64, data: { url: 'http://central.example.org/Sipmon/api/latest/', host: 'central.example.org' } }],
      output: api('"https://central.example.org/Sipmon/api/latest/"'),
    },
    {
      name: 'plain scalar, a docker service name',
      code: api('http://apache/Sipmon/api/latest/'),
      errors: [{ messageId: 'insecure', line: 4, column: 17 }],
      output: api('https://apache/Sipmon/api/latest/'),
    },
    {
      name: 'loopback name used as user information, real host elsewhere; upper-case scheme',
      code: api("'HTTP://127.0.0.1@10.0.0.5:80/'"),
      errors: [{ messageId: 'insecure', line: 4, column: 17, data: { url: 'HTTP://127.0.0.1@10.0.0.5:80/', host: '10.0.0.5' } }],
      output: api("'https://127.0.0.1@10.0.0.5:80/'"),
    },
    {
      name: 'flow entry under configuration, second entry only',
      code: 'configuration:\n  gorgone:\n    tpapi:\n      - { name: a, base_url: "http://localhost/" }\n      - { name: b, base_url: "http://10.1.2.3/api/" }\n',
      errors: [{ messageId: 'insecure', line: 5, column: 30 }],
      output: 'configuration:\n  gorgone:\n    tpapi:\n      - { name: a, base_url: "http://localhost/" }\n      - { name: b, base_url: "https://10.1.2.3/api/" }\n',
    },
  ],
});
