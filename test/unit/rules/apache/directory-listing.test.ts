/** Table tests for apache/directory-listing: the fix keeps the line valid (no mix of +/- and bare options). */
import rule from '../../../../server/src/rules/apache/directory-listing';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: ['Options -Indexes +FollowSymLinks\n', 'Options FollowSymLinks\n', 'Options None\n', 'IndexOptions FancyIndexing\n'],
  invalid: [
    {
      name: 'the only option',
      code: '<Directory "/usr/share/Sipmon/www">\n    Options Indexes\n</Directory>\n',
      errors: [{ messageId: 'indexes', line: 2, column: 13, endLine: 2, endColumn: 20, data: { value: 'Indexes' } }],
      output: '<Directory "/usr/share/Sipmon/www">\n    Options -Indexes\n</Directory>\n',
    },
    {
      name: 'a bare list: Indexes is dropped from it',
      code: 'Options Indexes FollowSymLinks\nOptions FollowSymLinks indexes MultiViews\n',
      errors: [
        { messageId: 'indexes', line: 1, column: 9, data: { value: 'Indexes' } },
        { messageId: 'indexes', line: 2, column: 24, data: { value: 'indexes' } },
      ],
      output: 'Options FollowSymLinks\nOptions FollowSymLinks MultiViews\n',
    },
    {
      name: 'a signed list: +Indexes becomes -Indexes',
      code: 'Options +FollowSymLinks +Indexes\n',
      errors: [{ messageId: 'indexes', line: 1, column: 25, endColumn: 33, data: { value: '+Indexes' } }],
      output: 'Options +FollowSymLinks -Indexes\n',
    },
    {
      name: 'All includes Indexes',
      code: 'Options All\n',
      errors: [{ messageId: 'all', line: 1, column: 9, endColumn: 12 }],
      output: 'Options FollowSymLinks\n',
    },
  ],
});
