/** Table tests for broker/invalid-boolean. */
import rule from '../../../../server/src/rules/broker/invalid-boolean';
import { testRule } from '../../../helpers/ruleTester';

const json = (endpoint: string) => `{ "SipmonBroker": { "output": ${endpoint} } }`;

testRule(rule, {
  valid: [
    ...['yes', 'NO', 'True', 'false', '1', '0', 'y', 'n', 't', 'f', 'auto'].map((value) => json(`{ "type": "ipv4", "tls": "${value}" }`)),
    { name: 'the XML-era parser read "enabled" as true', code: '<conf><output><type>ipv4</type><tls>enabled</tls></output></conf>' },
    { name: 'placeholders', code: json('{ "type": "ipv4", "tls": "@TLS@", "compression": "${COMPRESSION}" }') },
    { name: 'negotiation takes any string', code: json('{ "type": "ipv4", "negotiation": "maybe" }') },
    { name: 'not a TCP endpoint', code: json('{ "type": "sql", "tls": "on" }') },
    { name: 'empty is broker/tls-disabled\'s finding', code: json('{ "type": "ipv4", "tls": "" }') },
  ],
  invalid: [
    {
      name: 'a spelling whose meaning is plain is fixed',
      code: json('{ "type": "ipv4", "tls": "on" }'),
      errors: [{ messageId: 'invalid', line: 1, column: 56, endColumn: 60, data: { key: 'tls', value: 'on', accepted: 'yes/true/1/y/t/no/false/0/n/f/auto', effect: ': TLS stays off on this output' } }],
      output: json('{ "type": "ipv4", "tls": "yes" }'),
    },
    {
      name: '"auto" is not a boolean for bbdo_client encryption; no guess is offered',
      code: json('{ "type": "bbdo_client", "transport_protocol": "tcp", "encryption": "auto" }'),
      errors: [{ messageId: 'invalid', line: 1, column: 99, data: { key: 'encryption', value: 'auto', accepted: 'yes/true/1/y/t/no/false/0/n/f', effect: ': TLS stays off on this output' } }],
    },
    {
      code: '<conf>\n <output>\n  <type>tcp</type>\n  <compression>disabled</compression>\n  <one_peer_retention_mode>oui</one_peer_retention_mode>\n </output>\n</conf>',
      errors: [{ messageId: 'invalid', line: 4, column: 16 }, { messageId: 'invalid', line: 5, column: 28 }],
      output: '<conf>\n <output>\n  <type>tcp</type>\n  <compression>no</compression>\n  <one_peer_retention_mode>oui</one_peer_retention_mode>\n </output>\n</conf>',
    },
  ],
});
