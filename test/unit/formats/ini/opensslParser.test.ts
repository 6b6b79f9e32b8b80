/** The OpenSSL dialect reads text as NCONF does: comments, quotes, escapes, continuation, variables, directives, errors. */
import * as assert from 'node:assert/strict';
import { entriesOf, lastEntry } from '../../../../server/src/formats/ini/model';
import { parseIni } from '../../../../server/src/formats/ini/parser';

function parse(text: string) {
  return parseIni(text, 'openssl');
}

suite('INI parser: OpenSSL dialect', () => {
  test('the default section before the first header, spaces in headers', () => {
    const { model, problems } = parse('HOME = .\n[ req ]\ndefault_bits = 2048\n[default]\nx = 1\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(model.sections.map((section) => section.name), ['default', 'req', 'default']);
    assert.deepEqual(entriesOf(model, 'default').map((entry) => entry.name), ['HOME', 'x']);
    assert.equal(model.sections[0].headerSpan, undefined);
  });

  test('# starts a comment anywhere outside quotes; ; does not', () => {
    const { model } = parse('[ a ]\nx = 1 # c\ny = "a # b" # c\nz = 1 ; 2\nw = a\\#b\n');
    assert.deepEqual(entriesOf(model, 'a').map((entry) => entry.value), ['1', 'a # b', '1 ; 2', 'a#b']);
  });

  test('escapes and quotes are removed from the value, not from its span', () => {
    const text = '[ a ]\nx = "quoted"\\n\'single\' `back`\n';
    const { model } = parse(text);
    const entry = lastEntry(model, 'a', 'x')!;
    assert.equal(entry.value, 'quoted\nsingle back');
    assert.equal(text.slice(entry.valueSpan.start, entry.valueSpan.end), '"quoted"\\n\'single\' `back`');
  });

  test('variables: $var, ${var}, $(var), $section::var, the default section as fallback, only earlier lines', () => {
    const { model, problems } = parse('dir = /etc/ssl\n[ CA_default ]\ncerts = $dir/certs\ncrl = ${dir}/crl\nnew = $(certs)/new\n[ other ]\nx = $CA_default::certs\ny = $ENV::HOME\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(entriesOf(model, 'CA_default').map((entry) => entry.expanded), ['/etc/ssl/certs', '/etc/ssl/crl', '/etc/ssl/certs/new']);
    assert.equal(lastEntry(model, 'other', 'x')?.expanded, '/etc/ssl/certs');
    assert.equal(lastEntry(model, 'other', 'y')?.expanded, undefined, 'the environment is unknown here');
    assert.equal(lastEntry(model, 'CA_default', 'certs')?.value, '$dir/certs');
  });

  test('an undefined variable, or one defined later, is an error; after an include it may exist', () => {
    assert.equal(parse('[ a ]\nx = $later\nlater = 1\n').problems.length, 1);
    assert.equal(parse('[ a ]\nx = 1 $ 2\n').problems.length, 1);
    assert.equal(parse('[ a ]\nx = ${open\n').problems.length, 1);
    assert.deepEqual(parse('.include more.cnf\n[ a ]\nx = $fromInclude\n').problems, []);
  });

  test('section::name stores the value in another section', () => {
    const { model } = parse('[ a ]\nb::key = 1\n');
    assert.equal(lastEntry(model, 'b', 'key')?.value, '1');
    assert.equal(entriesOf(model, 'a').length, 0);
  });

  test('.include and .pragma, with or without "="', () => {
    const { model } = parse('.include /etc/ssl/openssl.d\n.include = extra.cnf\n.pragma dollarid:true\n');
    assert.deepEqual(model.directives.map((directive) => [directive.name, directive.value]), [['.include', '/etc/ssl/openssl.d'], ['.include', 'extra.cnf'], ['.pragma', 'dollarid:true']]);
  });

  test('a backslash at the end of a line continues it', () => {
    const text = '[ a ]\nx = one \\\ntwo\ny = 2\n';
    const { model } = parse(text);
    assert.equal(lastEntry(model, 'a', 'x')?.value, 'one two');
    const entry = lastEntry(model, 'a', 'y')!;
    assert.equal(text.slice(entry.valueSpan.start, entry.valueSpan.end), '2');
  });

  test('what OpenSSL refuses: an unclosed header, a space in a name, a line without "="', () => {
    const { problems } = parse('[ req\n[ a b ]\nmy key = 1\njunk\n');
    assert.equal(problems.length, 4);
  });

  test('never throws on odd input', () => {
    for (const text of ['', '[', ']', '=', '$', '"', '\\', '[ ]', 'a=$', 'a=${', '\u0000', '.include', 'a::=1']) {
      assert.doesNotThrow(() => parse(text), JSON.stringify(text));
    }
  });
});
