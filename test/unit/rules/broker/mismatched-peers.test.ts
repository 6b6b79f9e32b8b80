/** Table tests for broker/mismatched-peers: the files of one folder are one platform. */
import rule from '../../../../server/src/rules/broker/mismatched-peers';
import { testRule } from '../../../helpers/ruleTester';

const DIR = '/etc/Sipmon-broker';
const input = (settings: string) => `{ "SipmonBroker": { "input": [ { "name": "central-input", "type": "ipv4", "port": "5669"${settings} } ] } }`;
const output = (settings: string) => `<SipmonBroker>\n <output>\n  <name>poller-output</name>\n  <type>ipv4</type>\n  <host>central</host>\n  <port>5669</port>\n${settings} </output>\n</SipmonBroker>\n`;
const central = (settings: string) => ({ [`${DIR}/central-broker.json`]: input(settings) });

testRule(rule, {
  valid: [
    { name: 'auto against yes, negotiation on', code: output('  <tls>yes</tls>\n'), path: `${DIR}/poller-module.xml`, files: central(', "tls": "auto"') },
    { name: 'another port', code: output('  <tls>yes</tls>\n'), path: `${DIR}/poller-module.xml`, files: { [`${DIR}/central-broker.json`]: input(', "tls": "no"').replace('5669', '5670') } },
    { name: 'another folder is another platform', code: output('  <tls>yes</tls>\n'), path: `${DIR}/poller-module.xml`, files: { '/srv/other/central-broker.json': input(', "tls": "no"') } },
    { name: 'an unsaved buffer has no neighbours', code: output('  <tls>yes</tls>\n'), path: undefined as unknown as string },
    { name: 'unrelated JSON next to it', code: output('  <tls>yes</tls>\n'), path: `${DIR}/poller-module.xml`, files: { [`${DIR}/package.json`]: '{ "name": "x" }' } },
  ],
  invalid: [
    {
      name: 'mandatory TLS facing no TLS (missing means no)',
      code: output('  <tls>yes</tls>\n'),
      path: `${DIR}/poller-module.xml`,
      files: central(''),
      errors: [{ messageId: 'tls', line: 7, column: 8, data: { endpoint: 'output "poller-output"', mine: 'tls "yes"', peer: 'input "central-input"', port: '5669', where: ' in central-broker.json', theirs: 'no TLS' } }],
    },
    {
      name: 'negotiation off on one side only: reported on the key when there is none',
      code: input(''),
      path: `${DIR}/central-broker.json`,
      files: { [`${DIR}/poller-module.xml`]: output('  <tls>auto</tls>\n  <negotiation>no</negotiation>\n') },
      errors: [{ messageId: 'negotiation', line: 1, column: 67, data: { mine: 'on', theirs: 'off', endpoint: 'input "central-input"', peer: 'output "poller-output"', port: '5669', where: ' in poller-module.xml' } }],
    },
    {
      name: 'negotiation off on both sides with auto, in one file',
      code: '{ "SipmonBroker": { "input": { "type": "tcp", "port": "5670", "negotiation": "no", "tls": "auto" }, "output": { "type": "tcp", "host": "localhost", "port": "5670", "negotiation": "no" } } }',
      errors: [{ messageId: 'autoWithoutNegotiation', line: 1, column: 78 }, { messageId: 'autoWithoutNegotiation', line: 1, column: 180 }],
    },
  ],
});
