/** Table tests for broker/tls-hostname-missing. */
import rule from '../../../../server/src/rules/broker/tls-hostname-missing';
import { testRule } from '../../../helpers/ruleTester';

const xml = (host: string, extra = '') => `<conf>\n <output>\n  <type>ipv4</type>\n  <host>${host}</host>\n  <tls>yes</tls>\n  <private_key>/k</private_key>\n  <public_cert>/c</public_cert>\n  <ca_certificate>/ca</ca_certificate>\n${extra} </output>\n</conf>\n`;

testRule(rule, {
  valid: [
    xml('central.example.org', '  <tls_hostname>central.example.org</tls_hostname>\n'),
    { name: 'a listening input', code: '{ "SipmonBroker": { "input": { "type": "ipv4", "tls": "yes", "ca_certificate": "/ca" } } }' },
    { name: 'no CA: broker/tls-no-ca\'s finding', code: '{ "SipmonBroker": { "output": { "type": "ipv4", "host": "central", "tls": "yes" } } }' },
    { name: 'TLS off', code: '{ "SipmonBroker": { "output": { "type": "ipv4", "host": "central", "tls": "no", "ca_certificate": "/ca" } } }' },
  ],
  invalid: [
    {
      name: 'the host name is offered, for the user to confirm',
      code: xml('central.example.org'),
      errors: [{ messageId: 'missing', line: 4, column: 9, endColumn: 28, data: { endpoint: 'output', host: 'central.example.org' } }],
      output: xml('central.example.org', '  <tls_hostname>central.example.org</tls_hostname>\n'),
    },
    {
      name: 'an IP address is no name to expect: no fix',
      code: xml('10.0.0.10'),
      errors: [{ messageId: 'missing', line: 4, column: 9 }],
    },
    {
      name: 'JSON with an empty tls_hostname',
      code: '{ "SipmonBroker": { "output": { "type": "ipv4", "host": "central", "tls": "auto", "ca_certificate": "/ca", "tls_hostname": "" } } }',
      errors: [{ messageId: 'missing', line: 1, column: 57 }],
      output: '{ "SipmonBroker": { "output": { "type": "ipv4", "host": "central", "tls": "auto", "ca_certificate": "/ca", "tls_hostname": "central" } } }',
    },
  ],
});
