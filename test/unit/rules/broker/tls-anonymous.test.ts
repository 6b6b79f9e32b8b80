/** Table tests for broker/tls-anonymous. */
import rule from '../../../../server/src/rules/broker/tls-anonymous';
import { testRule } from '../../../helpers/ruleTester';

const KEYS = '"private_key": "/etc/Sipmon-broker/central.key", "public_cert": "/etc/Sipmon-broker/central.crt"';

testRule(rule, {
  valid: [
    `{ "SipmonBroker": { "input": { "type": "ipv4", "tls": "yes", ${KEYS} } } }`,
    { name: 'TLS off is broker/tls-disabled\'s business', code: '{ "SipmonBroker": { "input": { "type": "ipv4", "tls": "no" } } }' },
    { name: 'bbdo_server with encryption and certificate', code: '{ "SipmonBroker": { "input": { "type": "bbdo_server", "encryption": "yes", "private_key": "/k", "certificate": "/c" } } }' },
    { name: 'placeholders count as set', code: '<conf><input><type>tcp</type><tls>yes</tls><private_key>@DIR@/k</private_key><public_cert>@DIR@/c</public_cert></input></conf>' },
  ],
  invalid: [
    {
      name: 'the shipped central input: auto with empty key and certificate',
      code: '{ "SipmonBroker": { "input": [ { "name": "central-broker-master-input", "type": "ipv4", "tls": "auto", "private_key": "", "public_cert": "" } ] } }',
      errors: [{ messageId: 'anonymous', line: 1, column: 96, endColumn: 102, data: { key: 'tls', value: 'auto', missing: 'private_key and public_cert', verb: 'are', endpoint: 'input "central-broker-master-input"' } }],
    },
    {
      code: '<conf>\n <output>\n  <type>tcp</type>\n  <tls>yes</tls>\n  <private_key>/etc/k</private_key>\n </output>\n</conf>',
      errors: [{ messageId: 'anonymous', line: 4, column: 8, data: { key: 'tls', value: 'yes', missing: 'public_cert', verb: 'is', endpoint: 'output' } }],
    },
    {
      name: 'bbdo_client names the certificate "certificate"',
      code: '{ "SipmonBroker": { "output": { "type": "bbdo_client", "encryption": "true", "private_key": "/k", "public_cert": "/c" } } }',
      errors: [{ messageId: 'anonymous', line: 1, column: 70, data: { key: 'encryption', value: 'true', missing: 'certificate', verb: 'is', endpoint: 'output' } }],
    },
  ],
});
