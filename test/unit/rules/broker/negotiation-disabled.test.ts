/** Table tests for broker/negotiation-disabled. */
import rule from '../../../../server/src/rules/broker/negotiation-disabled';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '<conf><input><type>ipv4</type><negotiation>yes</negotiation></input></conf>',
    { name: 'only the exact value "no" disables it', code: '<conf><input><type>ipv4</type><negotiation>No</negotiation></input></conf>' },
    { name: 'negotiation defaults to on', code: '{ "SipmonBroker": { "input": { "type": "ipv4" } } }' },
    { name: 'not a TCP endpoint', code: '{ "SipmonBroker": { "output": { "type": "sql", "negotiation": "no" } } }' },
  ],
  invalid: [
    {
      code: '<conf>\n  <output>\n    <type>tcp</type>\n    <negotiation>no</negotiation>\n  </output>\n</conf>\n',
      errors: [{ messageId: 'off', line: 4, column: 18, endColumn: 20, data: { endpoint: 'output' } }],
      output: '<conf>\n  <output>\n    <type>tcp</type>\n    <negotiation>yes</negotiation>\n  </output>\n</conf>\n',
    },
    {
      code: '{ "SipmonBroker": { "input": [ { "name": "in", "type": "ipv4", "negotiation": "no" } ] } }',
      errors: [{ messageId: 'off', line: 1, column: 79, data: { endpoint: 'input "in"' } }],
      output: '{ "SipmonBroker": { "input": [ { "name": "in", "type": "ipv4", "negotiation": "yes" } ] } }',
    },
  ],
});
