/** Table tests for broker/tls-no-ca. */
import rule from '../../../../server/src/rules/broker/tls-no-ca';
import { testRule } from '../../../helpers/ruleTester';

const KEYS = '"private_key": "/etc/Sipmon-broker/c.key", "public_cert": "/etc/Sipmon-broker/c.crt"';

testRule(rule, {
  valid: [
    `{ "SipmonBroker": { "input": { "type": "ipv4", "tls": "yes", ${KEYS}, "ca_certificate": "/etc/Sipmon-broker/ca.crt" } } }`,
    { name: 'anonymous TLS is broker/tls-anonymous\'s finding', code: '{ "SipmonBroker": { "input": { "type": "ipv4", "tls": "yes" } } }' },
    { name: 'TLS off', code: `{ "SipmonBroker": { "input": { "type": "ipv4", "tls": "no", ${KEYS} } } }` },
  ],
  invalid: [
    {
      name: 'an empty ca_certificate is pointed at',
      code: `{ "SipmonBroker": { "input": { "type": "ipv4", "tls": "auto", ${KEYS}, "ca_certificate": "" } } }`,
      errors: [{ messageId: 'noCa', line: 1, column: 167, data: { endpoint: 'input' } }],
    },
    {
      name: 'a missing one: the tls value is pointed at',
      code: '<conf>\n <output>\n  <type>ipv4</type>\n  <tls>yes</tls>\n  <private_key>/k</private_key>\n  <public_cert>/c</public_cert>\n </output>\n</conf>',
      errors: [{ messageId: 'noCa', line: 4, column: 8, endColumn: 11 }],
    },
  ],
});
