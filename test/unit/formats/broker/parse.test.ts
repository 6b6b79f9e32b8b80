/** The Broker parsers: one model for XML and JSON, with spans, CDATA, entities left unexpanded, and strict JSON. */
import * as assert from 'node:assert/strict';
import { brokerFormat, syntaxOf } from '../../../../server/src/formats/broker/format';
import { asScalar, BrokerModel, entryOf, textOf } from '../../../../server/src/formats/broker/model';

function parse(text: string): { model: BrokerModel; problems: string[] } {
  const result = brokerFormat.parse(text);
  return { model: result.model, problems: result.problems.map((problem) => problem.message) };
}

function slice(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

const XML = `<?xml version="1.0"?>
<conf>
  <broker_id>1</broker_id>
  <input>
    <name><![CDATA[central-input]]></name>
    <type>ipv4</type>
    <tls/>
    <host>a &amp; b</host>
    <filters><category>neb</category></filters>
  </input>
  <endpoint><type>tcp</type></endpoint>
</conf>
`;

const JSON_TEXT = `{
  "SipmonBroker": {
    "broker_id": 1,
    "input": { "name": "in", "type": "ipv4", "tls": true },
    "output": [
      { "name": "out1", "port": 5669 },
      { "name": "out2", "tls": "auto" }
    ]
  }
}
`;

suite('Broker parsers', () => {
  test('the syntax comes from the first character', () => {
    assert.equal(syntaxOf('  <conf/>'), 'xml');
    assert.equal(syntaxOf('\uFEFF<conf/>'), 'xml');
    assert.equal(syntaxOf('{ "SipmonBroker": {} }'), 'json');
    assert.equal(syntaxOf(''), 'json');
  });

  test('XML: any root name; inputs, outputs and the old <endpoint> alias', () => {
    const { model, problems } = parse(XML);
    assert.deepEqual(problems, []);
    assert.equal(model.syntax, 'xml');
    assert.equal(textOf(model.root, 'broker_id'), '1');
    assert.deepEqual(model.endpoints.map((endpoint) => `${endpoint.direction}:${textOf(endpoint.object, 'type')}`), ['input:ipv4', 'output:tcp']);
    assert.equal(slice(XML, model.endpoints[0].labelSpan), 'input');
  });

  test('XML: CDATA, self-closing elements and predefined entities', () => {
    const { model } = parse(XML);
    const input = model.endpoints[0].object;
    const name = asScalar(entryOf(input, 'name')?.value);
    assert.equal(name?.text, 'central-input');
    assert.equal(name?.writing, 'xmlCdata');
    assert.equal(slice(XML, name!.span), 'central-input');
    const tls = entryOf(input, 'tls');
    assert.equal(asScalar(tls?.value)?.text, '');
    assert.equal(asScalar(tls?.value)?.writing, 'xmlEmptyElement');
    assert.equal(textOf(input, 'host'), 'a & b');
    assert.equal(entryOf(input, 'filters')?.value.kind, 'object');
    const type = entryOf(input, 'type')!;
    assert.equal(slice(XML, type.keySpan), 'type');
    assert.equal(slice(XML, type.endKeySpan!), 'type');
    assert.equal(slice(XML, type.span), '<type>ipv4</type>');
  });

  test('XML: spans stay right with CRLF line breaks and astral characters', () => {
    const text = '<conf>\r\n <input>\r\n  <name>😀 x</name>\r\n  <tls>no</tls>\r\n </input>\r\n</conf>\r\n';
    const tls = asScalar(entryOf(parse(text).model.endpoints[0].object, 'tls')?.value);
    assert.equal(slice(text, tls!.span), 'no');
  });

  test('XML: a declared entity is neither expanded nor an error; an undeclared one is a syntax problem', () => {
    const declared = '<!DOCTYPE conf [\n<!ENTITY secret SYSTEM "file:///etc/passwd">\n]>\n<conf><input><host>&secret;</host></input></conf>';
    const { model, problems } = parse(declared);
    assert.deepEqual(problems, []);
    assert.equal(textOf(model.endpoints[0].object, 'host'), undefined, 'the value is unknown, not the file');
    assert.deepEqual(model.entityReferences, ['secret']);
    assert.deepEqual(model.doctype?.entities.map((entity) => [entity.name, entity.external]), [['secret', true]]);
    assert.match(parse('<conf><host>&nope;</host></conf>').problems.join(), /undefined entity/i);
  });

  test('XML: ill-formed text is a syntax problem at its place, and the rest is still read', () => {
    const text = '<conf>\n<input><type>ipv4</type></input>\n<output><type>tcp</type></outpt>\n</conf>';
    const { model, problems } = parse(text);
    assert.ok(problems.length > 0);
    assert.deepEqual(model.endpoints.map((endpoint) => endpoint.direction).slice(0, 1), ['input']);
  });

  test('JSON: input as an object, output as an array; non-strings are kept apart', () => {
    const { model, problems } = parse(JSON_TEXT);
    assert.deepEqual(problems, []);
    assert.equal(model.syntax, 'json');
    assert.deepEqual(model.endpoints.map((endpoint) => `${endpoint.direction}:${textOf(endpoint.object, 'name')}`), ['input:in', 'output:out1', 'output:out2']);
    const tls = asScalar(entryOf(model.endpoints[0].object, 'tls')?.value);
    assert.equal(tls?.type, 'boolean');
    assert.equal(tls?.text, undefined);
    assert.equal(slice(JSON_TEXT, tls!.span), 'true');
    assert.equal(asScalar(entryOf(model.endpoints[1].object, 'port')?.value)?.type, 'number');
    assert.equal(slice(JSON_TEXT, model.endpoints[1].labelSpan), '{');
    assert.equal(slice(JSON_TEXT, entryOf(model.endpoints[2].object, 'tls')!.keySpan), '"tls"');
  });

  test('JSON: as strict as the daemon (no comments, no trailing comma), and the root key is required', () => {
    assert.match(parse('{ "SipmonBroker": { "a": "b" } // note\n}').problems.join(), /Comments/);
    assert.ok(parse('{ "SipmonBroker": { "a": "b", } }').problems.length > 0);
    assert.match(parse('{ "centreonBroker": {} }').problems.join(), /no "SipmonBroker"/);
    assert.equal(parse('{ "centreonBroker": {} }').model.root, undefined);
    assert.ok(parse('').problems.length > 0);
  });

  test('JSON: well-formed text (read from the parser events) and text with a syntax error (read from the tree) give the same model', () => {
    const root = '{ "SipmonBroker": { "output": [ { "tls": "no", "tls": "yes", "port": 5669, "n": { "a": [1, {}], "a": null } } ], "x": "1", "x": "2" } }';
    const wellFormed = brokerFormat.parse(root);
    const withError = brokerFormat.parse(`${root.slice(0, -2)}, } }`);
    assert.deepEqual(wellFormed.model.root, withError.model.root);
    assert.deepEqual(wellFormed.model.endpoints, withError.model.endpoints);
    const duplicates = (problems: { message: string; span: { start: number; end: number } }[]) =>
      problems.filter((problem) => problem.message.includes('set again')).map((problem) => slice(root, problem.span) + problem.span.start);
    // The inner objects' repeated keys first, as the model is built from the inside out.
    assert.deepEqual(duplicates(wellFormed.problems), [`"a"${root.indexOf('"a"')}`, `"tls"${root.indexOf('"tls"')}`, `"x"${root.indexOf('"x"')}`]);
    assert.deepEqual(duplicates(withError.problems), duplicates(wellFormed.problems));
    assert.equal(wellFormed.problems.length, 3);
    assert.ok(withError.problems.length > 3);
  });

  test('hovers describe endpoint keys and grpc, not unrelated keys', () => {
    const text = '{ "SipmonBroker": { "grpc": { "listen_address": "localhost" }, "input": [ { "tls": "auto", "foo": "x" } ] } }';
    const { model } = parse(text);
    const at = (needle: string) => brokerFormat.describeAt?.(model, text.indexOf(needle) + 1)?.markdown;
    assert.match(at('"tls"') ?? '', /mandatory/);
    assert.match(at('"listen_address"') ?? '', /unauthenticated/);
    assert.match(at('"grpc"') ?? '', /no authentication/);
    assert.equal(at('"foo"'), undefined);
    assert.equal(at('"auto"'), undefined);
    const xml = '<conf><output><negociation>yes</negociation></output></conf>';
    assert.match(brokerFormat.describeAt?.(parse(xml).model, xml.indexOf('negociation') + 2)?.markdown ?? '', /ignores this key/);
  });
});
