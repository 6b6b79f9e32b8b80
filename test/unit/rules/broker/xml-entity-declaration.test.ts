/** Table tests for broker/xml-entity-declaration. */
import rule from '../../../../server/src/rules/broker/xml-entity-declaration';
import { testRule } from '../../../helpers/ruleTester';

const BODY = '<conf>\n <broker_id>1</broker_id>\n</conf>\n';

testRule(rule, {
  valid: [
    `<?xml version="1.0"?>\n${BODY}`,
    { name: 'a DOCTYPE without entities', code: `<!DOCTYPE conf>\n${BODY}` },
    { name: 'an entity declaration inside a DTD comment', code: `<!DOCTYPE conf [\n<!-- <!ENTITY x "y"> -->\n]>\n${BODY}` },
  ],
  invalid: [
    {
      name: 'an external entity, unused: the DOCTYPE goes',
      code: `<?xml version="1.0"?>\n<!DOCTYPE conf [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n${BODY}`,
      errors: [{ messageId: 'entities', line: 2, column: 1, endColumn: 10, data: { count: 1, noun: 'entity', names: 'xxe', external: ', 1 of them external (read from a file or URL)' } }],
      output: `<?xml version="1.0"?>\n${BODY}`,
    },
    {
      name: 'entities in use: removing the DOCTYPE would break the file, so no fix',
      code: '<!DOCTYPE conf [<!ENTITY a "x"><!ENTITY % p "y">]>\n<conf><name>&a;</name></conf>\n',
      errors: [{ messageId: 'entities', line: 1, column: 1, data: { count: 2, noun: 'entities', names: 'a, %p', external: '' } }],
    },
    {
      name: 'an external DTD',
      code: `<!DOCTYPE conf SYSTEM "http://example.org/broker.dtd">\r\n${BODY}`,
      errors: [{ messageId: 'externalDtd', line: 1, column: 1 }],
      output: BODY,
    },
  ],
});
