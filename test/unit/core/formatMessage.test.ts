/** Message templates: `{{name}}` placeholders filled from the report's data, unknown ones left as written. */
import * as assert from 'node:assert/strict';
import { formatMessage } from '../../../server/src/core/rule';

suite('formatMessage', () => {
  test('fills every placeholder, with or without inner spaces, repeated or adjacent', () => {
    assert.equal(formatMessage('{{what}} is {{ n }}{{unit}}; {{what}} again.', { what: 'The token', n: 3, unit: ' chars' }), 'The token is 3 chars; The token again.');
  });

  test('leaves placeholders without data as written, and text without placeholders as it is', () => {
    assert.equal(formatMessage('{{ known }} and {{ unknown }}', { known: 'x' }), 'x and {{ unknown }}');
    assert.equal(formatMessage('No placeholder, {single} braces.'), 'No placeholder, {single} braces.');
    assert.equal(formatMessage('{{a}}'), '{{a}}');
  });

  test('gives the same result for a template used again with other data', () => {
    const template = 'Module {{package}} is already loaded from {{winner}}.';
    assert.equal(formatMessage(template, { package: 'a', winner: 'line 1' }), 'Module a is already loaded from line 1.');
    assert.equal(formatMessage(template, { package: 'b', winner: 'line 2' }), 'Module b is already loaded from line 2.');
  });
});
