/** Table tests for broker/grpc-exposed. */
import rule from '../../../../server/src/rules/broker/grpc-exposed';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '{ "SipmonBroker": { "grpc": { "port": 51001 } } }',
    '{ "SipmonBroker": { "grpc": { "listen_address": "localhost" } } }',
    '{ "SipmonBroker": { "grpc": { "listen_address": "127.0.0.1" } } }',
    '{ "SipmonBroker": { "grpc": { "listen_address": "[::1]" } } }',
    { name: 'a placeholder', code: '{ "SipmonBroker": { "grpc": { "listen_address": "${GRPC_ADDRESS}" } } }' },
    { name: 'not under grpc', code: '{ "SipmonBroker": { "listen_address": "0.0.0.0" } }' },
  ],
  invalid: [
    {
      code: '{\n  "SipmonBroker": {\n    "grpc": {\n      "rpc_port": 51001,\n      "listen_address": "0.0.0.0"\n    }\n  }\n}\n',
      errors: [{ messageId: 'exposed', line: 5, column: 25, endColumn: 34, data: { address: '0.0.0.0' } }],
      output: '{\n  "SipmonBroker": {\n    "grpc": {\n      "rpc_port": 51001,\n      "listen_address": "localhost"\n    }\n  }\n}\n',
    },
  ],
});
