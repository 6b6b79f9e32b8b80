/** Table tests for gorgone/allowed-hosts-too-broad. */
import rule from '../../../../server/src/rules/gorgone/allowed-hosts-too-broad';
import { testRule } from '../../../helpers/ruleTester';

const HTTPSERVER = 'gorgone:\n  modules:\n    - name: httpserver\n      package: gorgone::modules::core::httpserver::hooks\n      enable: true\n';
const withSubnets = (items: string): string => `${HTTPSERVER}      allowed_hosts:\n        enabled: true\n        subnets:\n${items}`;

testRule(rule, {
  valid: [
    { name: 'localhost only', code: withSubnets('          - 127.0.0.1/32\n') },
    { name: 'non-canonical 10.30.2.0/16 is still a /16', code: withSubnets('          - 127.0.0.1/32\n          - 10.30.2.0/16\n') },
    { name: 'exactly /8, a dotted /8 mask, a bare address', code: withSubnets('          - 10.0.0.0/8\n          - 10.0.0.0/255.0.0.0\n          - 0.0.0.0\n') },
    { name: 'IPv6 /16 and wider-looking but narrow blocks', code: `${HTTPSERVER}      allowed_hosts: { enabled: true, subnets: [ "2001:db8::/32", "fd00::/16", "::1/128" ] }\n` },
    { name: 'not a subnet list', code: `${HTTPSERVER}      allowed_hosts:\n        enabled: true\n        subnets: !include /etc/Sipmon-gorgone/subnets.yaml\n` },
    { name: 'another module', code: 'gorgone:\n  modules:\n    - name: proxy\n      package: gorgone::modules::core::proxy::hooks\n      enable: true\n      allowed_hosts: { subnets: [ 0.0.0.0/0 ] }\n' },
  ],
  invalid: [
    {
      name: 'the whole IPv4 Internet',
      code: withSubnets('          - 127.0.0.1/32\n          - 0.0.0.0/0\n'),
      errors: [{ messageId: 'tooBroad', line: 10, column: 13, endLine: 10, endColumn: 22, data: { subnet: '0.0.0.0/0', scope: 'every IPv4 address' } }],
      output: withSubnets('          - 127.0.0.1/32\n          - 127.0.0.1/32\n'),
    },
    {
      name: 'IPv6 ::/0 and a /4 in a flow list',
      code: `${HTTPSERVER}      allowed_hosts: { enabled: true, subnets: [ "::/0", 64.0.0.0/4 ] }\n`,
      errors: [
        { messageId: 'tooBroad', line: 6, column: 50, data: { subnet: '::/0', scope: 'every IPv6 address' } },
        { messageId: 'tooBroad', line: 6, column: 58, data: { subnet: '64.0.0.0/4', scope: 'a /4 block of 2^28 IPv4 addresses' } },
      ],
      output: `${HTTPSERVER}      allowed_hosts: { enabled: true, subnets: [ 127.0.0.1/32, 127.0.0.1/32 ] }\n`,
    },
    {
      name: 'NetAddr::IP spellings: any, a dotted /1 mask, 2000::/3, IPv4-mapped',
      code: withSubnets('          - any\n          - 0.0.0.0/128.0.0.0\n          - 2000::/3\n          - ::ffff:0.0.0.0/96\n'),
      errors: [
        { messageId: 'tooBroad', line: 9, column: 13 },
        { messageId: 'tooBroad', line: 10, column: 13, data: { subnet: '0.0.0.0/128.0.0.0', scope: 'a /1 block of 2^31 IPv4 addresses' } },
        { messageId: 'tooBroad', line: 11, column: 13, data: { subnet: '2000::/3', scope: 'a /3 block of 2^125 IPv6 addresses' } },
        { messageId: 'tooBroad', line: 12, column: 13, data: { subnet: '::ffff:0.0.0.0/96', scope: 'every IPv4 address' } },
      ],
      output: withSubnets('          - 127.0.0.1/32\n          - 127.0.0.1/32\n          - 127.0.0.1/32\n          - 127.0.0.1/32\n'),
    },
    {
      name: 'reported even while allowed_hosts is off (enabling it must not open the API)',
      code: `${HTTPSERVER}      allowed_hosts:\n        enabled: false\n        subnets: [ 0.0.0.0/1 ]\n`,
      errors: [{ messageId: 'tooBroad', line: 8, column: 20 }],
      output: `${HTTPSERVER}      allowed_hosts:\n        enabled: false\n        subnets: [ 127.0.0.1/32 ]\n`,
    },
  ],
});
