/** Table tests for gorgone/tls-verify-disabled. */
import rule from '../../../../server/src/rules/gorgone/tls-verify-disabled';
import { testRule } from '../../../helpers/ruleTester';

const head = 'gorgone:\n  tpapi:\n    - name: Sipmonv2\n      base_url: "https://central.example.org/Sipmon/api/latest/"\n';
const tail = '      username: Sipmon-gorgone\n';

testRule(rule, {
  valid: [
    { name: 'verification on, POSTREDIR kept', code: `${head}      curlopts:\n        CURLOPT_SSL_VERIFYPEER: 1\n        CURLOPT_POSTREDIR: CURL_REDIR_POST_ALL\n${tail}` },
    { name: 'http base_url: not this rule (api-url-insecure)', code: 'gorgone:\n  tpapi:\n    - name: Sipmonv2\n      base_url: "http://127.0.0.1/Sipmon/api/latest/"\n' },
    { name: 'clapi entry without base_url', code: 'gorgone:\n  tpapi:\n    - name: clapi\n      username: Sipmon-gorgone\n' },
    { name: 'a non-empty curlopts without the key replaces the defaults: libcurl verifies', code: `${head}      curlopts: { CURLOPT_CAINFO: /etc/pki/tls/certs/ca.crt }\n` },
    { name: 'curlopts included from elsewhere', code: `${head}      curlopts: !include /etc/Sipmon-gorgone/curlopts.yaml\n` },
    { name: 'curlopts outside tpapi', code: 'gorgone:\n  modules:\n    - name: scom\n      base_url: https://scom.example.org/\n      curlopts: { CURLOPT_SSL_VERIFYPEER: 0 }\n' },
  ],
  invalid: [
    {
      name: 'no curlopts: the defaults skip verification',
      code: `${head}${tail}`,
      errors: [{ messageId: 'defaults', line: 4, column: 17, endLine: 4, endColumn: 65 }],
      output: `${head}${tail}      curlopts:\n        CURLOPT_SSL_VERIFYPEER: 1\n        CURLOPT_POSTREDIR: CURL_REDIR_POST_ALL\n`,
    },
    {
      name: 'explicit 0',
      code: `${head}      curlopts:\n        CURLOPT_SSL_VERIFYPEER: 0\n${tail}`,
      errors: [{ messageId: 'disabled', line: 6, column: 33, data: { value: '0', url: 'https://central.example.org/Sipmon/api/latest/' } }],
      output: `${head}      curlopts:\n        CURLOPT_SSL_VERIFYPEER: 1\n${tail}`,
    },
    {
      name: 'true is not a number for libcurl',
      code: `${head}      curlopts: { CURLOPT_SSL_VERIFYPEER: "true", CURLOPT_POSTREDIR: CURL_REDIR_POST_ALL }\n`,
      errors: [{ messageId: 'disabled', line: 5, column: 43 }],
      output: `${head}      curlopts: { CURLOPT_SSL_VERIFYPEER: 1, CURLOPT_POSTREDIR: CURL_REDIR_POST_ALL }\n`,
    },
    {
      name: 'an empty curlopts keeps the defaults',
      code: `${head}      curlopts: {}\n`,
      errors: [{ messageId: 'defaults', line: 4, column: 17 }],
      output: `${head}      curlopts: { CURLOPT_SSL_VERIFYPEER: 1, CURLOPT_POSTREDIR: CURL_REDIR_POST_ALL }\n`,
    },
    {
      name: 'flow entry',
      code: 'gorgone:\n  tpapi:\n    - { name: Sipmonv2, base_url: "https://c.example.org/api/" }\n',
      errors: [{ messageId: 'defaults', line: 3, column: 35 }],
      output: 'gorgone:\n  tpapi:\n    - { name: Sipmonv2, base_url: "https://c.example.org/api/", curlopts: { CURLOPT_SSL_VERIFYPEER: 1, CURLOPT_POSTREDIR: CURL_REDIR_POST_ALL } }\n',
    },
  ],
});
