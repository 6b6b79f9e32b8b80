/** Layout-preserving YAML edits: block and flow maps, empty values, sequence items, CRLF. */
import * as assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { randomSecret } from '../../../server/src/core/engine';
import { applyEdits } from '../../../server/src/core/fixes';
import { insertPairs, RawYaml, removePair, replaceValue, setPair } from '../../../server/src/formats/yaml/edits';
import { asMap, asSeq, get, getPair, parseYaml } from '../../../server/src/formats/yaml/model';

function mapAt(text: string, ...path: (string | number)[]) {
  let node = parseYaml(text, { scalarTags: ['!include'] }).root;
  for (const step of path) {
    node = typeof step === 'number' ? asSeq(node)?.items[step] : get(asMap(node), step);
  }
  const map = asMap(node);
  assert.ok(map);
  return map;
}

suite('yaml edits', () => {
  test('inserts after the last pair of a block map, at its indentation, with nested values', () => {
    const text = 'modules:\n  - name: httpserver\n    auth:\n      enabled: false\n  - name: action\n';
    const map = mapAt(text, 'modules', 0);
    const edited = applyEdits(text, [insertPairs(text, map, { ssl: true, allowed_hosts: { enabled: true, subnets: ['127.0.0.1/32'] } })]);
    assert.equal(edited, 'modules:\n  - name: httpserver\n    auth:\n      enabled: false\n    ssl: true\n    allowed_hosts:\n      enabled: true\n      subnets:\n        - 127.0.0.1/32\n  - name: action\n');
    assert.deepEqual(parseYaml(edited, { scalarTags: [] }).problems, []);
  });

  test('inserts into flow maps and fills empty values', () => {
    const text = 'auth: { enabled: false }\nuser:\n';
    const edited = applyEdits(text, [setPair(text, mapAt(text, 'auth'), 'user', 'Sipmon-gorgone'), setPair(text, mapAt(text), 'user', 'x')]);
    assert.equal(edited, 'auth: { enabled: false, user: Sipmon-gorgone }\nuser: x\n');
  });

  test('quotes what needs quoting and writes raw tagged values as given', () => {
    const text = 'a: 1\r\n';
    const edited = applyEdits(text, [insertPairs(text, mapAt(text), { address: '*:5556', allowed_cmds: new RawYaml('!include /etc/x/*.yaml') })]);
    assert.equal(edited, 'a: 1\r\naddress: "*:5556"\r\nallowed_cmds: !include /etc/x/*.yaml\r\n');
  });

  test('removes a pair: its lines in block style, the pair and a comma in flow style', () => {
    const block = 'a: 1\nb:\n  c: 2\nd: 3\n';
    const blockMap = mapAt(block);
    assert.equal(applyEdits(block, [removePair(block, blockMap, getPair(blockMap, 'b')!)]), 'a: 1\nd: 3\n');
    const flow = 'x: { a: 1, b: 2 }\n';
    const flowMap = mapAt(flow, 'x');
    assert.equal(applyEdits(flow, [removePair(flow, flowMap, getPair(flowMap, 'b')!)]), 'x: { a: 1 }\n');
    const item = '- a: 1\n  b: 2\n';
    const itemMap = mapAt(item, 0);
    assert.equal(applyEdits(item, [removePair(item, itemMap, getPair(itemMap, 'a')!)]), '- b: 2\n');
  });

  test('writes each scalar exactly as the yaml package does, including the words and paths it writes without building a document', () => {
    const text = 'a: 1\n';
    const pair = getPair(mapAt(text), 'a')!;
    const values: (string | boolean | number)[] = [
      true, false, 30, 0.5, 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', 'nullable', 'yes', 'no', 'on', '~', '',
      '/etc/pki/tls/certs/gorgone.crt', 'Sipmon-gorgone', '127.0.0.1/32', '0x1F', '1e3', '.inf', '.nan', 'a: b', 'a #b', 'a:', '-a', '- a', '?',
      '*:5556', '2abc', '0o17', '0x1g', '1.5', '12345', '2e10', '2E10x', '1_000', '_x', '.hidden', '-x', '-', '...x', '---x', 'x'.repeat(79), 'x'.repeat(80), 'x'.repeat(81), `a${' b'.repeat(60)}`, 'tab\there', 'line\nbreak', 'é', '/', 'a/b.c_d-e',
      ...Array.from({ length: 50 }, randomSecret),
    ];
    for (const value of values) {
      assert.equal(replaceValue(pair, value).text, stringify(value).trimEnd(), JSON.stringify(value));
    }
  });
});
