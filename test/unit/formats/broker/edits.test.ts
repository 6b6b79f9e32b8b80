/** Broker edits keep each syntax's layout: XML text and CDATA, sibling indentation, JSON commas and colons. */
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../../server/src/core/fixes';
import { insertEntry, renameKey, setValue } from '../../../../server/src/formats/broker/edits';
import { brokerFormat } from '../../../../server/src/formats/broker/format';
import { BrokerModel, entryOf } from '../../../../server/src/formats/broker/model';

function firstEndpoint(text: string): { model: BrokerModel; object: BrokerModel['endpoints'][number]['object'] } {
  const { model, problems } = brokerFormat.parse(text);
  assert.deepEqual(problems, []);
  return { model, object: model.endpoints[0].object };
}

function set(text: string, key: string, value: string): string {
  return applyEdits(text, [setValue(entryOf(firstEndpoint(text).object, key)!, value)]);
}

function insert(text: string, key: string, value: string): string {
  const { model, object } = firstEndpoint(text);
  const fixed = applyEdits(text, [insertEntry(model.syntax, text, object, key, value)]);
  assert.deepEqual(brokerFormat.parse(fixed).problems, [], 'the result parses');
  return fixed;
}

suite('Broker edits', () => {
  test('XML values: text, CDATA, empty and self-closing elements, escaped', () => {
    assert.equal(set('<c><input><tls>no</tls></input></c>', 'tls', 'auto'), '<c><input><tls>auto</tls></input></c>');
    assert.equal(set('<c><input><tls><![CDATA[no]]></tls></input></c>', 'tls', 'a]]>b'), '<c><input><tls><![CDATA[a]]]]><![CDATA[>b]]></tls></input></c>');
    assert.equal(set('<c><input><tls></tls></input></c>', 'tls', 'yes'), '<c><input><tls>yes</tls></input></c>');
    assert.equal(set('<c><input><tls/></input></c>', 'tls', 'a<b&c'), '<c><input><tls>a&lt;b&amp;c</tls></input></c>');
    assert.equal(set('<c><input><tls><!-- keep -->no</tls></input></c>', 'tls', 'yes'), '<c><input><tls><!-- keep -->yes</tls></input></c>');
    assert.equal(set('<c><input><tls><x>1</x></tls></input></c>', 'tls', 'yes'), '<c><input><tls>yes</tls></input></c>');
  });

  test('JSON values become strings, whatever they were', () => {
    assert.equal(set('{"SipmonBroker":{"input":{"tls":true}}}', 'tls', 'yes'), '{"SipmonBroker":{"input":{"tls":"yes"}}}');
    assert.equal(set('{"SipmonBroker":{"input":{"tls":"no"}}}', 'tls', 'a"b'), '{"SipmonBroker":{"input":{"tls":"a\\"b"}}}');
    assert.equal(set('{"SipmonBroker":{"input":{"tls":{"on":1}}}}', 'tls', 'yes'), '{"SipmonBroker":{"input":{"tls":"yes"}}}');
  });

  test('renaming a key changes both XML tags, or the JSON key', () => {
    const xml = '<c><input><negociation>yes</negociation></input></c>';
    const { model, object } = firstEndpoint(xml);
    assert.equal(applyEdits(xml, renameKey(model.syntax, entryOf(object, 'negociation')!, 'negotiation')), '<c><input><negotiation>yes</negotiation></input></c>');
    const json = '{"SipmonBroker":{"input":{"negociation":"yes"}}}';
    const parsed = firstEndpoint(json);
    assert.equal(applyEdits(json, renameKey('json', entryOf(parsed.object, 'negociation')!, 'negotiation')), '{"SipmonBroker":{"input":{"negotiation":"yes"}}}');
  });

  test('XML insertion: a new line with the sibling indentation, after a trailing comment, CDATA when siblings use it', () => {
    assert.equal(insert('<c>\n <input>\n  <type>ipv4</type>\n </input>\n</c>\n', 'tls', 'auto'), '<c>\n <input>\n  <type>ipv4</type>\n  <tls>auto</tls>\n </input>\n</c>\n');
    assert.equal(insert('<c>\r\n\t<input>\r\n\t\t<type>ipv4</type> <!-- poller -->\r\n\t</input>\r\n</c>', 'tls', 'auto'), '<c>\r\n\t<input>\r\n\t\t<type>ipv4</type> <!-- poller -->\r\n\t\t<tls>auto</tls>\r\n\t</input>\r\n</c>');
    assert.equal(insert('<c>\n <input>\n  <type><![CDATA[ipv4]]></type>\n </input>\n</c>', 'tls', 'auto'), '<c>\n <input>\n  <type><![CDATA[ipv4]]></type>\n  <tls><![CDATA[auto]]></tls>\n </input>\n</c>');
    assert.equal(insert('<c>\n <input>\n  <type>ipv4</type></input>\n</c>', 'tls', 'auto'), '<c>\n <input>\n  <type>ipv4</type>\n  <tls>auto</tls></input>\n</c>');
    assert.equal(insert('<c><input><type>ipv4</type><port>1</port></input></c>', 'tls', 'auto'), '<c><input><type>ipv4</type><port>1</port><tls>auto</tls></input></c>');
  });

  test('JSON insertion: the comma, the indentation and the colon spacing of the last property', () => {
    assert.equal(
      insert('{\n    "SipmonBroker": {\n        "input": {\n            "type": "ipv4"\n        }\n    }\n}\n', 'tls', 'auto'),
      '{\n    "SipmonBroker": {\n        "input": {\n            "type": "ipv4",\n            "tls": "auto"\n        }\n    }\n}\n',
    );
    assert.equal(insert('{"SipmonBroker": {"input": [ { "type": "ipv4", "port": "5669" } ]}}', 'tls', 'auto'), '{"SipmonBroker": {"input": [ { "type": "ipv4", "port": "5669", "tls": "auto" } ]}}');
    assert.equal(insert('{\r\n "SipmonBroker": {\r\n  "input": {\r\n   "status_path":  "x"\r\n  }\r\n }\r\n}', 'tls', 'auto'), '{\r\n "SipmonBroker": {\r\n  "input": {\r\n   "status_path":  "x",\r\n   "tls":  "auto"\r\n  }\r\n }\r\n}');
    assert.equal(insert('{"SipmonBroker": {"input": {}}}', 'tls', 'auto'), '{"SipmonBroker": {"input": { "tls": "auto" }}}');
  });
});
