/** Table tests for gorgone/weak-secret. */
import * as assert from 'node:assert/strict';
import rule from '../../../../server/src/rules/gorgone/weak-secret';
import { runRule, testRule } from '../../../helpers/ruleTester';

const SECRET = 'TestSecret0000000000000000000001';
const VAULT = '"secret::hashicorp_vault::Sipmon/gorgone::api"';
const gorgoneModule = (kind: string, body: string): string => `    - name: ${kind}\n      package: gorgone::modules::core::${kind}::hooks\n      enable: true\n${body}`;
const modules = (...items: string[]): string => `gorgone:\n  modules:\n${items.join('')}`;

testRule(rule, {
  valid: [
    {
      name: 'Vault references everywhere',
      code: `${modules(gorgoneModule('httpserver', `      auth: { enabled: true, user: api, password: ${VAULT} }\n`), gorgoneModule('pullwss', `      token: ${VAULT}\n`))}  tpapi:\n    - name: clapi\n      username: Sipmon-gorgone\n      password: ${VAULT}\n`,
    },
    {
      name: 'installer placeholders are not secrets',
      code: 'gorgone:\n  tpapi:\n    - name: clapi\n      username: "@GORGONE_USER@"\n      password: "@GORGONE_PASSWORD@"\nSipmon:\n  database:\n    db_configuration: { username: "--DBUSER--", password: "--DBPASS--" }\n    db_realtime: { username: Sipmon, password: "${SIPMON_DB_PASS}" }\n',
    },
    { name: 'generated values', code: modules(gorgoneModule('httpserver', '      auth:\n        password: Vq7rT2mX9pLw\n'), gorgoneModule('proxy', '      httpserver:\n        token: k3JH8sQ2vN7xWc4PzR6tYb9m\n')) },
    { name: 'SQLite history database ignores its password', code: 'gorgone:\n  gorgonecore:\n    gorgone_db_password: x\n' },
    { name: 'module not loaded', code: modules('    - name: proxy\n      package: gorgone::modules::core::proxy::hooks\n      enable: false\n      httpserver: { token: secret_token }\n') },
    { name: 'not a place gorgoned reads a secret from', code: modules(gorgoneModule('engine', '      password: password\n      token: x\n')) },
  ],
  invalid: [
    {
      name: 'sample HTTP API password (fixable)',
      code: modules(gorgoneModule('httpserver', '      auth:\n        enabled: true\n        user: admin\n        password: password\n')),
      errors: [{ messageId: 'sample', line: 9, column: 19, endLine: 9, endColumn: 27, data: { what: 'The HTTP API password (auth.password)', minimum: 12, elsewhere: '' } }],
      output: modules(gorgoneModule('httpserver', `      auth:\n        enabled: true\n        user: admin\n        password: ${SECRET}\n`)),
    },
    {
      name: 'tokens: sample, regex metacharacters, too short',
      code: modules(gorgoneModule('proxy', '      httpserver:\n        token: "secret_token"\n'), gorgoneModule('pullwss', '      token: ab.cdefghijklmnopq\n'), gorgoneModule('pullwss', '      token: Abcdefgh12345\n')),
      errors: [
        { messageId: 'sample', line: 7, column: 16 },
        { messageId: 'regex', line: 11, column: 14 },
        { messageId: 'short', line: 15, column: 14, data: { what: 'The pullwss token', minimum: 16, elsewhere: '' } },
      ],
      output: modules(gorgoneModule('proxy', `      httpserver:\n        token: ${SECRET}\n`), gorgoneModule('pullwss', '      token: TestSecret0000000000000000000002\n'), gorgoneModule('pullwss', '      token: TestSecret0000000000000000000003\n')),
    },
    {
      name: 'tpapi credentials: reported with where else to change them, no fix',
      code: 'gorgone:\n  tpapi:\n    - name: Sipmonv2\n      base_url: "http://127.0.0.1/Sipmon/api/latest/"\n      username: Sipmon-gorgone\n      password: ""\n    - name: clapi\n      username: Sipmon-gorgone\n      password: bpltc4aY\n',
      errors: [
        { messageId: 'empty', line: 6, column: 17, endColumn: 19 },
        {
          messageId: 'sample',
          line: 9,
          column: 17,
          data: {
            what: 'The web API password of tpapi "clapi"',
            minimum: 12,
            elsewhere: '; it is the web UI password of contact "Sipmon-gorgone" (both the Sipmonv2 and clapi entries log in as that contact): change it in the web UI first, then here',
          },
        },
      ],
    },
    {
      name: 'database passwords: sample, and an empty value reported on its key',
      code: 'Sipmon:\n  database:\n    db_configuration:\n      dsn: "mysql:host=localhost;dbname=Sipmon"\n      username: Sipmon\n      password: Sipmon\n    db_realtime:\n      username: Sipmon\n      password:\n',
      errors: [
        { messageId: 'sample', line: 6, column: 17, data: { what: 'The database password of "Sipmon"', minimum: 12, elsewhere: '; change it on the database account and in the web configuration (/etc/Sipmon/conf.pm, /etc/Sipmon/Sipmon.conf.php), then here' } },
        { messageId: 'empty', line: 9, column: 7, endColumn: 15 },
      ],
    },
    {
      name: 'MySQL history database with a short password, and a short API password',
      code: `gorgone:\n  gorgonecore:\n    gorgone_db_type: mysql\n    gorgone_db_user: gorgone\n    gorgone_db_password: Gq7!kz\n  modules:\n${gorgoneModule('httpserver', '      auth: { enabled: true, user: api, password: "Tr0ub4dor&3" }\n')}`,
      errors: [
        { messageId: 'short', line: 5, column: 26, data: { what: 'gorgone_db_password', minimum: 12, elsewhere: '; change it on the database account "gorgone", then here' } },
        { messageId: 'short', line: 10, column: 51 },
      ],
      output: `gorgone:\n  gorgonecore:\n    gorgone_db_type: mysql\n    gorgone_db_user: gorgone\n    gorgone_db_password: Gq7!kz\n  modules:\n${gorgoneModule('httpserver', `      auth: { enabled: true, user: api, password: ${SECRET} }\n`)}`,
    },
  ],
});

suite('gorgone/weak-secret messages and fixes', () => {
  test('messages never contain the secret', () => {
    const code = modules(gorgoneModule('httpserver', '      auth: { password: "Zq9!" }\n'), gorgoneModule('pullwss', '      token: "Zq9.*"\n'));
    const findings = runRule(rule, code);
    assert.equal(findings.length, 2);
    for (const finding of findings) {
      assert.ok(!finding.message.includes('Zq9'), finding.message);
      assert.ok(!finding.fixes[0].title.includes('Zq9'), finding.fixes[0].title);
    }
  });

  test('sample values are compared case-insensitively; an unnamed account is not invented', () => {
    const findings = runRule(rule, 'Sipmon:\n  database:\n    db: { password: CHANGEME }\n');
    assert.deepEqual(findings.map((finding) => finding.message.split(';')[0]), ['The database password is a published sample value']);
  });

  test('generated replacements need judgement: the peers must get the new value', () => {
    const [finding] = runRule(rule, modules(gorgoneModule('pullwss', '      token: secret_token\n')));
    assert.equal(finding.fixes[0].needsJudgement, true);
    assert.match(finding.fixes[0].title, /proxy httpserver\.token/);
  });
});
