/** Table tests for broker/tls-disabled. */
import rule from '../../../../server/src/rules/broker/tls-disabled';
import { testRule } from '../../../helpers/ruleTester';

const xmlInput = (body: string) => `<conf>\n <input>\n  <name>in</name>\n  <type>ipv4</type>\n  <port>5669</port>\n${body} </input>\n</conf>\n`;
const jsonOutput = (body: string) => `{\n  "SipmonBroker": {\n    "output": [\n      {\n        "type": "ipv4",\n        "host": "10.0.0.10",\n        "port": "5669"${body}\n      }\n    ]\n  }\n}\n`;

testRule(rule, {
  valid: [
    xmlInput('  <tls>auto</tls>\n'),
    xmlInput('  <tls>yes</tls>\n'),
    xmlInput('  <tls>TRUE</tls>\n'),
    jsonOutput(',\n        "tls": "auto"'),
    { name: 'a connection to a loopback host stays on the machine', code: '{ "SipmonBroker": { "output": { "type": "ipv4", "host": "127.0.0.1", "port": "5670", "tls": "no" } } }' },
    { name: 'not a TCP endpoint', code: '{ "SipmonBroker": { "output": { "type": "unified_sql", "db_host": "db" } } }' },
    { name: 'not BBDO', code: '<conf><input><type>tcp</type><protocol>ndo</protocol></input></conf>' },
    { name: 'a JSON boolean is broker/non-string-value\'s finding', code: jsonOutput(',\n        "tls": false') },
    { name: 'a misspelling is broker/invalid-boolean\'s finding', code: xmlInput('  <tls>off</tls>\n') },
    { name: 'a placeholder is filled in by the installer', code: xmlInput('  <tls>@TLS@</tls>\n') },
  ],
  invalid: [
    {
      name: 'XML input without tls: a new element indented like its siblings',
      code: xmlInput(''),
      errors: [{ messageId: 'missing', line: 4, column: 9, endLine: 4, endColumn: 13, data: { endpoint: 'input "in"', role: 'listens on every interface' } }],
      output: xmlInput('  <tls>auto</tls>\n'),
    },
    {
      name: 'XML output in CDATA, connecting to a poller',
      code: '<SipmonBroker>\n <output>\n  <type><![CDATA[ipv4]]></type>\n  <host><![CDATA[10.0.0.10]]></host>\n  <tls><![CDATA[no]]></tls>\n </output>\n</SipmonBroker>\n',
      errors: [{ messageId: 'off', line: 5, column: 17, endColumn: 19 }],
      output: '<SipmonBroker>\n <output>\n  <type><![CDATA[ipv4]]></type>\n  <host><![CDATA[10.0.0.10]]></host>\n  <tls><![CDATA[auto]]></tls>\n </output>\n</SipmonBroker>\n',
    },
    {
      name: 'JSON output with tls "no"',
      code: jsonOutput(',\n        "tls": "no"'),
      errors: [{ messageId: 'off', line: 8, column: 16, data: { value: 'no', endpoint: 'output', role: 'connects to 10.0.0.10' } }],
      output: jsonOutput(',\n        "tls": "auto"'),
    },
    {
      name: 'JSON output without tls',
      code: jsonOutput(''),
      errors: [{ messageId: 'missing', line: 5, column: 17 }],
      output: jsonOutput(',\n        "tls": "auto"'),
    },
    {
      name: 'an empty value is off',
      code: '<conf><input><type>tcp</type><tls></tls></input></conf>',
      errors: [{ messageId: 'off', line: 1, column: 35 }],
      output: '<conf><input><type>tcp</type><tls>auto</tls></input></conf>',
    },
  ],
});
