/** Table tests for broker/negotiation-typo. */
import rule from '../../../../server/src/rules/broker/negotiation-typo';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '<conf><input><type>ipv4</type><negotiation>yes</negotiation></input></conf>',
    { name: 'outside an endpoint', code: '<conf><negociation>yes</negociation></conf>' },
  ],
  invalid: [
    {
      name: 'web-generated XML with CDATA',
      code: '<SipmonBroker>\n <input>\n  <negociation><![CDATA[yes]]></negociation>\n  <type><![CDATA[ipv4]]></type>\n </input>\n</SipmonBroker>\n',
      errors: [{ messageId: 'typo', line: 3, column: 4, endColumn: 15 }],
      output: '<SipmonBroker>\n <input>\n  <negotiation><![CDATA[yes]]></negotiation>\n  <type><![CDATA[ipv4]]></type>\n </input>\n</SipmonBroker>\n',
    },
    {
      code: '{ "SipmonBroker": { "output": { "type": "ipv4", "negociation": "yes" } } }',
      errors: [{ messageId: 'typo', line: 1, column: 49, endColumn: 62 }],
      output: '{ "SipmonBroker": { "output": { "type": "ipv4", "negotiation": "yes" } } }',
    },
    {
      name: 'a misspelt "no": renaming turns negotiation off, so the fix needs judgement',
      code: '<conf><output><type>tcp</type><negociation>no</negociation></output></conf>',
      errors: [{ messageId: 'typo', line: 1, column: 32 }],
      output: '<conf><output><type>tcp</type><negotiation>no</negotiation></output></conf>',
    },
    {
      name: 'next to the real key: no rename, it would duplicate it',
      code: '<conf><output><negotiation>yes</negotiation><negociation>no</negociation></output></conf>',
      errors: [{ messageId: 'duplicate', line: 1, column: 46 }],
    },
  ],
});
