/** Table tests for broker/compression-off. */
import rule from '../../../../server/src/rules/broker/compression-off';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '<conf><input><type>ipv4</type><compression>auto</compression></input></conf>',
    '<conf><input><type>ipv4</type><compression>yes</compression></input></conf>',
    { name: 'no compression key', code: '<conf><input><type>ipv4</type></input></conf>' },
    { name: 'loopback', code: '{ "SipmonBroker": { "output": { "type": "ipv4", "host": "localhost", "compression": "no" } } }' },
    { name: 'not a TCP endpoint', code: '{ "SipmonBroker": { "output": { "type": "file", "compression": "no" } } }' },
  ],
  invalid: [
    {
      code: '<conf>\n <output>\n  <type>ipv4</type>\n  <host>10.1.1.11</host>\n  <compression>no</compression>\n </output>\n</conf>\n',
      errors: [{ messageId: 'off', line: 5, column: 16, endColumn: 18, data: { value: 'no', endpoint: 'output' } }],
      output: '<conf>\n <output>\n  <type>ipv4</type>\n  <host>10.1.1.11</host>\n  <compression>auto</compression>\n </output>\n</conf>\n',
    },
    {
      code: '{ "SipmonBroker": { "input": { "type": "ipv4", "compression": "false" } } }',
      errors: [{ messageId: 'off', line: 1, column: 63 }],
      output: '{ "SipmonBroker": { "input": { "type": "ipv4", "compression": "auto" } } }',
    },
  ],
});
