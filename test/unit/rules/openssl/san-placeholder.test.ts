/** Table tests for openssl/san-placeholder. */
import rule from '../../../../server/src/rules/openssl/san-placeholder';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '[ alt_names ]\nIP.1 = 10.25.11.73\nDNS.1 = Sipmon7.localdomain\n',
    { name: 'IPv6 and a wildcard', code: '[ alt_names ]\nIP.1 = 2001:db8::10\nDNS.1 = *.example.com\n' },
    { name: 'a commented placeholder', code: '[ alt_names ]\nIP.1 = 192.0.2.10\n# IP.2 = xxx.xxx.xxx.xxx\n' },
    { name: 'another section named by @', code: '[ v3_server ]\nsubjectAltName = @names\n[ names ]\nDNS.1 = sipmon.example.com\n' },
    { name: 'an IP key outside any name section', code: '[ server ]\nIP.1 = anything\n' },
  ],
  invalid: [
    {
      name: 'the guide\'s placeholder',
      code: '[ alt_names ]\nIP.1 = xxx.xxx.xxx.xxx\nDNS.1 = Sipmon7.localdomain\n',
      errors: [{ messageId: 'ip', line: 2, column: 8, endColumn: 23, data: { value: 'xxx.xxx.xxx.xxx' } }],
      output: '[ alt_names ]\n# IP.1 = xxx.xxx.xxx.xxx\nDNS.1 = Sipmon7.localdomain\n',
    },
    {
      name: 'DNS placeholders, an octet out of range, and a section referenced with critical',
      code: '[ v3_server ]\nsubjectAltName = critical, @names\n[ names ]\nDNS.1 = <fqdn>\nDNS.2 = xxx.xxx\nIP.1 = 10.0.0.256\n',
      errors: [
        { messageId: 'dns', line: 4, column: 9, data: { value: '<fqdn>' } },
        { messageId: 'dns', line: 5, column: 9, data: { value: 'xxx.xxx' } },
        { messageId: 'ip', line: 6, column: 8, data: { value: '10.0.0.256' } },
      ],
    },
    {
      name: 'inline IP: and DNS: items',
      code: '[ v3_server ]\nsubjectAltName = DNS:sipmon.example.com, IP:xxx.xxx.xxx.xxx, DNS: my host\n',
      errors: [
        { messageId: 'ip', line: 2, column: 45, endColumn: 60 },
        { messageId: 'dns', line: 2, column: 67, data: { value: 'my host' } },
      ],
    },
  ],
});
