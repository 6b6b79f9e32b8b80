/** Table tests for gorgone/zmq-no-authorized-clients, including clients listed in another config.d file. */
import rule from '../../../../server/src/rules/gorgone/zmq-no-authorized-clients';
import { testRule } from '../../../helpers/ruleTester';

const CONFIG_D = '/etc/Sipmon-gorgone/config.d';
const THUMBPRINT = 'pnI6EWkiTbazjikJXRkLmjml5wvVECYtQduJUjS4QK4';
const poller = (clients: string) => `gorgone:\n  gorgonecore:\n    id: 2\n    external_com_type: tcp\n    external_com_path: "*:5556"\n${clients}`;
const KEYS_ELSEWHERE = `gorgone:\n  gorgonecore:\n    authorized_clients:\n      - key: ${THUMBPRINT}\n`;

testRule(rule, {
  valid: [
    poller(`    authorized_clients:\n      - key: ${THUMBPRINT}\n`),
    { name: 'no tcp listener: nothing to authorise', code: 'gorgone:\n  gorgonecore:\n    id: 1\n' },
    { name: 'ipc listener', code: 'gorgone:\n  gorgonecore:\n    external_com_type: ipc\n' },
    { name: 'a Vault reference as key', code: poller('    authorized_clients:\n      - key: secret::hashicorp_vault::gorgone::central_thumbprint\n') },
    {
      name: 'the list lives in another config.d file (maps are deep-merged)',
      code: poller(''),
      path: `${CONFIG_D}/40-gorgoned.yaml`,
      files: { [`${CONFIG_D}/45-clients.yaml`]: KEYS_ELSEWHERE, [`${CONFIG_D}/39-action.yaml`]: 'gorgone:\n  modules: []\n' },
    },
    {
      name: 'an empty list here, entries in another file: the lists are concatenated',
      code: poller('    authorized_clients: []\n'),
      path: `${CONFIG_D}/40-gorgoned.yaml`,
      files: { [`${CONFIG_D}/20-clients.yaml`]: KEYS_ELSEWHERE },
    },
    {
      name: 'a later config.d file switches the listener to ipc (the last value wins)',
      code: poller(''),
      path: `${CONFIG_D}/40-gorgoned.yaml`,
      files: { [`${CONFIG_D}/90-local.yaml`]: 'gorgone:\n  gorgonecore:\n    external_com_type: ipc\n' },
    },
    { name: 'a list without any tcp listener is not checked', code: 'gorgone:\n  gorgonecore:\n    authorized_clients:\n      - key: ""\n' },
  ],
  invalid: [
    {
      name: 'entries are checked when another config.d file sets tcp',
      code: 'gorgone:\n  gorgonecore:\n    authorized_clients:\n      - key: ""\n',
      path: `${CONFIG_D}/45-clients.yaml`,
      files: { [`${CONFIG_D}/40-gorgoned.yaml`]: poller('') },
      errors: [{ messageId: 'badEntry', line: 4, column: 9, data: { problem: 'has an empty key' } }],
    },
    {
      name: 'missing',
      code: poller(''),
      path: '/srv/gorgoned.yml',
      errors: [{ messageId: 'missing', line: 4, column: 24, endLine: 4, endColumn: 27, data: { where: '' } }],
    },
    {
      name: 'missing in every config.d file (a .yml sibling is not loaded by the daemon)',
      code: poller(''),
      path: `${CONFIG_D}/40-gorgoned.yaml`,
      files: { [`${CONFIG_D}/45-clients.yml`]: KEYS_ELSEWHERE, [`${CONFIG_D}/39-action.yaml`]: 'gorgone:\n  modules: []\n' },
      errors: [{ messageId: 'missing', line: 4, column: 24, data: { where: ' in any config.d file' } }],
    },
    {
      name: 'empty list',
      code: poller('    authorized_clients: []\n'),
      errors: [{ messageId: 'empty', line: 6, column: 25 }],
    },
    {
      name: 'not a list',
      code: poller(`    authorized_clients: { key: ${THUMBPRINT} }\n`),
      errors: [{ messageId: 'notList', line: 6, column: 25 }],
    },
    {
      name: 'placeholders seen in real files',
      code: poller('    authorized_clients:\n      - key: [PLACE HOLDER]\n      - key: ""\n      - key:@KEYTHUMBPRINT@\n      - key: "@KEYTHUMBPRINT@"\n      - key: <central JWK thumbprint>\n      - key:\n      - { name: central }\n'),
      errors: [
        { messageId: 'badEntry', line: 7, column: 9, data: { problem: 'has a key that is not a string (an unquoted [PLACE HOLDER] is a list)' } },
        { messageId: 'badEntry', line: 8, column: 9, data: { problem: 'has an empty key' } },
        { messageId: 'badEntry', line: 9, column: 9, data: { problem: 'is not a "key:" map ("key:@KEYTHUMBPRINT@" needs a space after "key:")' } },
        { messageId: 'badEntry', line: 10, column: 9, data: { problem: 'has the placeholder key "@KEYTHUMBPRINT@"' } },
        { messageId: 'badEntry', line: 11, column: 9, data: { problem: 'has the placeholder key "<central JWK thumbprint>"' } },
        { messageId: 'badEntry', line: 12, column: 9, data: { problem: 'has an empty key' } },
        { messageId: 'badEntry', line: 13, column: 9, data: { problem: 'has no key' } },
      ],
    },
  ],
});
