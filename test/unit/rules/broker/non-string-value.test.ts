/** Table tests for broker/non-string-value. */
import rule from '../../../../server/src/rules/broker/non-string-value';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '{ "SipmonBroker": { "input": { "type": "ipv4", "tls": "yes", "port": "5669" } } }',
    { name: 'global keys are typed (broker_id is a number)', code: '{ "SipmonBroker": { "broker_id": 1, "log_timestamp": true, "input": { "type": "ipv4" } } }' },
    { name: 'structured parameters stay structured', code: '{ "SipmonBroker": { "output": { "type": "lua", "lua_parameter": [ { "name": "x" } ], "filters": { "category": "neb" } } } }' },
    { name: 'XML values are always text', code: '<conf><input><tls>1</tls></input></conf>' },
  ],
  invalid: [
    {
      code: '{\n  "SipmonBroker": {\n    "input": {\n      "type": "ipv4",\n      "tls": true\n    }\n  }\n}\n',
      errors: [{ messageId: 'dropped', line: 5, column: 14, endColumn: 18, data: { key: 'tls', type: 'boolean', raw: 'true', endpoint: 'input', consequence: 'TLS stays off' } }],
      output: '{\n  "SipmonBroker": {\n    "input": {\n      "type": "ipv4",\n      "tls": "yes"\n    }\n  }\n}\n',
    },
    {
      name: 'numbers and false, in an array of outputs',
      code: '{ "SipmonBroker": { "output": [ { "type": "rrd", "store_in_data_bin": false, "insert_in_index_data": 0 } ] } }',
      errors: [{ messageId: 'dropped', line: 1, column: 71 }, { messageId: 'dropped', line: 1, column: 102 }],
      output: '{ "SipmonBroker": { "output": [ { "type": "rrd", "store_in_data_bin": "no", "insert_in_index_data": "0" } ] } }',
    },
  ],
});
