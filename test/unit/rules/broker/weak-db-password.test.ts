/** Table tests for broker/weak-db-password. */
import rule from '../../../../server/src/rules/broker/weak-db-password';
import { testRule } from '../../../helpers/ruleTester';

const json = (password: string) => `{ "SipmonBroker": { "output": [ { "name": "sql", "type": "unified_sql", "db_user": "Sipmon", "db_password": ${password} } ] } }`;

testRule(rule, {
  valid: [
    json('"k3Vq9wZr2LmT8xYp"'),
    { name: 'a Vault reference', code: json('"secret::hashicorp_vault::Sipmon/db::password"') },
    { name: 'an installer placeholder', code: json('"@DB_PASSWORD@"') },
    { name: 'an environment placeholder', code: json('"${BROKER_DB_PASS}"') },
    { name: 'a number is dropped by the daemon (broker/non-string-value)', code: json('1234') },
  ],
  invalid: [
    {
      code: json('"Sipmon"'),
      errors: [{ messageId: 'sample', line: 1, column: 109, endColumn: 117, data: { who: '"Sipmon"', endpoint: 'output "sql"' } }],
    },
    {
      name: 'short, in web-generated XML',
      code: '<SipmonBroker>\n <output>\n  <db_password><![CDATA[md_N*2>:Ht]]></db_password>\n </output>\n</SipmonBroker>',
      errors: [{ messageId: 'short', line: 3, column: 25, data: { who: 'the account', endpoint: 'output', minimum: 12 } }],
    },
    {
      name: 'empty: the key is pointed at',
      code: '<root><output><type>mysql</type><db_user>root</db_user><db_password></db_password></output></root>',
      errors: [{ messageId: 'empty', line: 1, column: 57, endColumn: 68 }],
    },
  ],
});
