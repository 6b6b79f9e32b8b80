/** Suppression comments: parsing, silencing, reporting unknown and unused ones, and the edits that add them. */
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/core/fixes';
import { applySuppressions, disableForFileEdit, disableForLineEdit, parseSuppressions } from '../../../server/src/core/suppressions';
import { Finding } from '../../../server/src/core/types';
import { commentSyntaxOf } from '../../../server/src/core/format';
import { brokerFormat } from '../../../server/src/formats/broker/format';
import { gorgoneFormat } from '../../../server/src/formats/gorgone/format';

const hash = { line: '#' };
const xml = { open: '<!--', close: '-->' };

function finding(ruleId: string, text: string, needle: string): Finding {
  const start = text.indexOf(needle);
  return { ruleId, severity: 'warning', message: 'm', span: { start, end: start + needle.length }, fixes: [] };
}

suite('suppressions', () => {
  test('parses ids with their spans and the reason', () => {
    const text = 'a: 1\n  # sipmon-disable-next-line gorgone/x, gorgone/y -- lab only\nb: 2\n';
    const [directive] = parseSuppressions(text, hash);
    assert.equal(directive.kind, 'next-line');
    assert.equal(directive.line, 1);
    assert.deepEqual(directive.ids.map((id) => text.slice(id.span.start, id.span.end)), ['gorgone/x', 'gorgone/y']);
    assert.equal(directive.reason, 'lab only');
  });

  test('parses XML comments', () => {
    const text = '<a>\n<!-- sipmon-disable-file broker/tls-disabled -- test bed -->\n</a>';
    const [directive] = parseSuppressions(text, xml);
    assert.equal(directive.kind, 'file');
    assert.deepEqual(directive.ids.map((id) => id.id), ['broker/tls-disabled']);
    assert.equal(directive.reason, 'test bed');
  });

  test('ignores mentions that are not directives', () => {
    assert.deepEqual(parseSuppressions('key: 1 # sipmon-disable-next-line gorgone/x\n', hash), []);
    assert.deepEqual(parseSuppressions('# sipmon-disable-next-lines gorgone/x\n', hash), []);
  });

  test('silences the next line only, and the whole file', () => {
    const text = '# sipmon-disable-next-line r/a\nx: 1\nx: 2\n# sipmon-disable-file r/b\ny: 3\n';
    const findings = [finding('r/a', text, 'x: 1'), finding('r/a', text, 'x: 2'), finding('r/b', text, 'x: 1'), finding('r/b', text, 'y: 3')];
    const outcome = applySuppressions(text, findings, parseSuppressions(text, hash), new Set(['r/a', 'r/b']), new Set(['r/a', 'r/b']));
    assert.deepEqual(outcome.kept.map((kept) => `${kept.ruleId}@${text.slice(kept.span.start, kept.span.end)}`), ['r/a@x: 2']);
    assert.deepEqual(outcome.directiveFindings, []);
  });

  test('reports unknown rules, and unused ids of active rules only', () => {
    const text = '# sipmon-disable-next-line r/nope, r/a, r/off\nx: 1\n';
    const outcome = applySuppressions(text, [], parseSuppressions(text, hash), new Set(['r/a', 'r/off']), new Set(['r/a']));
    assert.deepEqual(outcome.directiveFindings.map((found) => [found.ruleId, text.slice(found.span.start, found.span.end)]), [
      ['sipmon/unknown-rule', 'r/nope'],
      ['sipmon/unused-suppression', 'r/a'],
    ]);
    const fixed = applyEdits(text, outcome.directiveFindings[1].fixes[0].edits);
    assert.equal(fixed, '# sipmon-disable-next-line r/nope, r/off\nx: 1\n');
  });

  test('removing the only id removes the comment line', () => {
    const text = 'a: 1\n# sipmon-disable-next-line r/a\nb: 2\n';
    const outcome = applySuppressions(text, [], parseSuppressions(text, hash), new Set(['r/a']), new Set(['r/a']));
    assert.equal(applyEdits(text, outcome.directiveFindings[0].fixes[0].edits), 'a: 1\nb: 2\n');
  });

  test('disable for this line inserts an indented comment, or merges into the one above', () => {
    const text = 'a:\n  b: 1\n';
    const first = applyEdits(text, [disableForLineEdit(text, hash, finding('r/a', text, 'b: 1'))]);
    assert.equal(first, 'a:\n  # sipmon-disable-next-line r/a -- ADD REASON\n  b: 1\n');
    const second = applyEdits(first, [disableForLineEdit(first, hash, finding('r/b', first, 'b: 1'))]);
    assert.equal(second, 'a:\n  # sipmon-disable-next-line r/a, r/b -- ADD REASON\n  b: 1\n');
  });

  test('disable for this file keeps a CRLF file CRLF and an XML declaration first', () => {
    assert.equal(applyEdits('a: 1\r\n', [disableForFileEdit('a: 1\r\n', hash, 'r/a')]), '# sipmon-disable-file r/a -- ADD REASON\r\na: 1\r\n');
    const doc = '<?xml version="1.0"?>\n<conf/>\n';
    assert.equal(applyEdits(doc, [disableForFileEdit(doc, xml, 'r/a')]), '<?xml version="1.0"?>\n<!-- sipmon-disable-file r/a -- ADD REASON -->\n<conf/>\n');
    const merged = '# sipmon-disable-file r/a -- why\nx: 1\n';
    assert.equal(applyEdits(merged, [disableForFileEdit(merged, hash, 'r/b')]), '# sipmon-disable-file r/a, r/b -- why\nx: 1\n');
  });

  test('a reason separator other than "--": XML comments may not contain "--"', () => {
    const xmlComment = { open: '<!--', close: '-->', reasonSeparator: ':' };
    const text = '<conf>\n  <!-- sipmon-disable-next-line broker/a, broker/b : lab only -->\n  <tls>no</tls>\n</conf>\n';
    const [directive] = parseSuppressions(text, xmlComment);
    assert.deepEqual(directive.ids.map((id) => id.id), ['broker/a', 'broker/b']);
    assert.equal(directive.reason, 'lab only');
    const inserted = applyEdits(text, [disableForLineEdit(text, xmlComment, finding('broker/c', text, '<conf>'))]);
    assert.equal(inserted, '<!-- sipmon-disable-next-line broker/c : ADD REASON -->\n' + text);
    assert.ok(!/<!--(?:(?!-->)[\s\S])*--(?!>)/.test(inserted), 'no "--" inside a comment');
    const doc = '<?xml version="1.0"?>\n<conf/>\n';
    assert.equal(applyEdits(doc, [disableForFileEdit(doc, xmlComment, 'broker/a')]), '<?xml version="1.0"?>\n<!-- sipmon-disable-file broker/a : ADD REASON -->\n<conf/>\n');
  });

  test('the comment syntax may depend on the file: Broker XML has comments, Broker JSON none', () => {
    assert.deepEqual(commentSyntaxOf(gorgoneFormat, 'a: 1\n'), { line: '#' });
    assert.deepEqual(commentSyntaxOf(brokerFormat, '<?xml version="1.0"?>\n<conf/>'), { open: '<!--', close: '-->', reasonSeparator: ':' });
    assert.equal(commentSyntaxOf(brokerFormat, '{ "SipmonBroker": {} }'), undefined);
  });
});
