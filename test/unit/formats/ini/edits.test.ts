/** INI edits keep the layout: values replaced in place, lines added after a section's last entry, sections appended. */
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../../server/src/core/fixes';
import { appendSection, insertEntries, removeEntry, replaceValue } from '../../../../server/src/formats/ini/edits';
import { parseIni } from '../../../../server/src/formats/ini/parser';

suite('INI edits', () => {
  test('replaceValue: one line, keeping an inline comment; a multi-line value as a whole; an empty value', () => {
    const text = '[A]\nx = 1 ; one\nip = a\n     b\ny =\nz =\n  c\n';
    const [section] = parseIni(text, 'fail2ban').model.sections;
    const [x, ip, y, z] = section.entries;
    assert.equal(applyEdits(text, [replaceValue(text, x, '3')]), '[A]\nx = 3 ; one\nip = a\n     b\ny =\nz =\n  c\n');
    assert.equal(applyEdits(text, [replaceValue(text, ip, 'c')]), '[A]\nx = 1 ; one\nip = c\ny =\nz =\n  c\n');
    assert.equal(applyEdits(text, [replaceValue(text, y, '2')]), '[A]\nx = 1 ; one\nip = a\n     b\ny = 2\nz =\n  c\n');
    assert.equal(applyEdits(text, [replaceValue(text, z, 'd')]), '[A]\nx = 1 ; one\nip = a\n     b\ny =\nz = d\n');
  });

  test('insertEntries: after the last entry (its continuation and comment included), before trailing blank lines', () => {
    const text = '[A]\nx = 1 ; c\n    more\n\n[B]\n';
    const doc = parseIni(text, 'fail2ban').model;
    assert.equal(applyEdits(text, [insertEntries(text, doc.sections[0], ['y = 2'])]), '[A]\nx = 1 ; c\n    more\ny = 2\n\n[B]\n');
    assert.equal(applyEdits(text, [insertEntries(text, doc.sections[1], ['z = 3'])]), '[A]\nx = 1 ; c\n    more\n\n[B]\nz = 3\n');
  });

  test('insertEntries into an empty implicit OpenSSL section opens the file', () => {
    const text = '[ req ]\n';
    const doc = parseIni(text, 'openssl').model;
    assert.equal(applyEdits(text, [insertEntries(text, doc.sections[0], ['HOME = .'])]), 'HOME = .\n[ req ]\n');
  });

  test('appendSection: after a blank line, with the file\'s line breaks, whatever the end of the file', () => {
    assert.equal(applyEdits('[A]\nx = 1\n', [appendSection('[A]\nx = 1\n', '[B]', ['y = 2'])]), '[A]\nx = 1\n\n[B]\ny = 2\n');
    assert.equal(applyEdits('[A]\r\nx = 1', [appendSection('[A]\r\nx = 1', '[B]', ['y = 2'])]), '[A]\r\nx = 1\r\n\r\n[B]\r\ny = 2\r\n');
    assert.equal(applyEdits('[A]\n\n', [appendSection('[A]\n\n', '[B]', [])]), '[A]\n\n[B]\n');
    assert.equal(applyEdits('', [appendSection('', '[B]', ['y = 2'])]), '[B]\ny = 2\n');
  });

  test('removeEntry: the entry\'s lines and their line break', () => {
    const text = '[ a ]\nx = 1 # c\ny = 2\n';
    const doc = parseIni(text, 'openssl').model;
    assert.equal(applyEdits(text, [removeEntry(text, doc.sections[1].entries[0])]), '[ a ]\ny = 2\n');
  });
});
