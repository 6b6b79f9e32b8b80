/** The fail2ban dialect reads text as Python's configparser does in fail2ban: values, continuations, comments, errors, spans. */
import * as assert from 'node:assert/strict';
import { parseIni } from '../../../../server/src/formats/ini/parser';
import { IniDocument } from '../../../../server/src/formats/ini/model';

function values(doc: IniDocument): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  for (const section of doc.sections) {
    result[section.name] ??= {};
    for (const entry of section.entries) {
      result[section.name][entry.name] = entry.value;
    }
  }
  return result;
}

function parse(text: string) {
  return parseIni(text, 'fail2ban');
}

suite('INI parser: fail2ban dialect', () => {
  test('both separators, lower-cased keys, first separator wins', () => {
    const { model, problems } = parse('[Sipmon]\nEnabled = true\nport: http,https\nfailregex = a:b = c\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(values(model), { Sipmon: { enabled: 'true', port: 'http,https', failregex: 'a:b = c' } });
    assert.equal(model.sections[0].entries[0].key, 'Enabled');
  });

  test('comments: # and ; lines (also indented), inline only ";" after whitespace', () => {
    const { model } = parse('[A]\n# c\n; c\n  # indented\nx = 1 ; note\ny = 2;3\nz = 3 # kept\n');
    assert.deepEqual(values(model), { A: { x: '1', y: '2;3', z: '3 # kept' } });
    assert.equal(model.comments.length, 4);
  });

  test('continuation lines: deeper indentation, blank lines kept inside, trailing ones dropped, comments skipped', () => {
    const text = '[A]\nignoreip = 127.0.0.1/8\n    # a comment\n    10.0.0.0/8\n\n    ::1\n\nnext = 1\n';
    const { model } = parse(text);
    const entry = model.sections[0].entries[0];
    assert.equal(entry.value, '127.0.0.1/8\n10.0.0.0/8\n\n::1');
    assert.deepEqual(entry.lines.map((line) => line.text), ['127.0.0.1/8', '10.0.0.0/8', '::1']);
    assert.equal(text.slice(entry.valueSpan.start, entry.valueSpan.end), '127.0.0.1/8\n    # a comment\n    10.0.0.0/8\n\n    ::1');
    assert.equal(values(model).A.next, '1');
  });

  test('an empty first line: the value starts with a line break; the same indentation is a new key', () => {
    const { model } = parse('[A]\n x = \n  a\n  b\n y = 2\n');
    assert.deepEqual(values(model), { A: { x: '\na\nb', y: '2' } });
  });

  test('section names are kept verbatim; the last "]" closes the header', () => {
    const { model } = parse('[ Sipmon ]\n[a]b] tail\nk = v\n');
    assert.deepEqual(model.sections.map((section) => section.name), [' Sipmon ', 'a]b']);
  });

  test('spans of keys, values, headers', () => {
    const text = '[Sipmon]\n  bantime  =  10m   ; ten\n';
    const { model } = parse(text);
    const [section] = model.sections;
    const [entry] = section.entries;
    assert.equal(text.slice(section.nameSpan.start, section.nameSpan.end), 'Sipmon');
    assert.equal(text.slice(section.headerSpan!.start, section.headerSpan!.end), '[Sipmon]');
    assert.equal(text.slice(entry.keySpan.start, entry.keySpan.end), 'bantime');
    assert.equal(text.slice(entry.valueSpan.start, entry.valueSpan.end), '10m');
    assert.equal(text.slice(entry.span.start, entry.span.end), 'bantime  =  10m');
  });

  test('what fail2ban refuses: duplicates in one file, options before a header, lines without a separator', () => {
    const { problems } = parse('x = 1\n[A]\ny = 1\nY = 2\n[A]\njunk\n= 3\n[DEFAULT]\n[DEFAULT]\n');
    assert.deepEqual(problems.map((problem) => problem.message.split(':')[0]), [
      'Option before any [section] header',
      'Option "y" is already set in [A] in this file',
      'Section [A] is already defined in this file',
      'Expected "key = value" or a [section] header.',
      'A key is missing before the separator.',
    ]);
  });

  test('CRLF and a missing final line break', () => {
    const { model, problems } = parse('[A]\r\nx = 1\r\ny = 2');
    assert.deepEqual(problems, []);
    assert.deepEqual(values(model), { A: { x: '1', y: '2' } });
  });

  test('never throws on odd input', () => {
    for (const text of ['', '\n\n', '[', ']', '[]', '=', ':', '\t', ' x', '[A]\n\tx', '\u0000']) {
      assert.doesNotThrow(() => parse(text), JSON.stringify(text));
    }
  });
});
