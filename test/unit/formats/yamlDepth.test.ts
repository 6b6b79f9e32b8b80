/** The YAML nesting bound: absurd nesting is refused before parsing, ordinary layouts never are. */
import * as assert from 'node:assert/strict';
import { yamlTooDeepAt } from '../../../server/src/formats/yaml/depth';
import { MAX_YAML_DEPTH, parseYaml } from '../../../server/src/formats/yaml/model';

suite('YAML nesting bound', () => {
  test('flow, compact and block nesting beyond the limit are found where they cross it', () => {
    assert.equal(yamlTooDeepAt(`a: ${'['.repeat(10)}`, 8), 10);
    assert.equal(yamlTooDeepAt('- - - - x', 3), 6);
    assert.equal(yamlTooDeepAt(`${' '.repeat(9)}a: 1`, 8), 9);
    assert.equal(yamlTooDeepAt(`a:\n  b: [\n[[[[[[[[`, 8), 17);
  });

  test('what only looks like nesting does not count: quotes, comments, plain scalars, block scalars, long flow collections', () => {
    const text = [
      'a: "[[[[[[[[[[[[[["',
      "b: '{{{{{{{{{{{{{{ it''s'",
      'c: x[[[[[[[[[[[[[[[',
      'd: 1 # [[[[[[[[[[[[[[[[[',
      'e: |',
      '  [[[[[[[[[[[[[[[[[[[[',
      '  - - - - - - - - - - - - -',
      'f: {k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10}',
      'g: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]',
      'h: use a - b - c - d - e - f - g - h - i',
    ].join('\n');
    assert.equal(yamlTooDeepAt(text, 4), -1);
  });

  test('a file nested beyond the limit gets one problem and no model; one just under it parses', () => {
    const deep = parseYaml(`a: ${'['.repeat(MAX_YAML_DEPTH + 1)}`, { scalarTags: [] });
    assert.equal(deep.root, undefined);
    assert.deepEqual(deep.problems.map((problem) => problem.message), [`The YAML nests more than ${MAX_YAML_DEPTH} levels deep: it is not read.`]);
    const fine = parseYaml(`a: ${'['.repeat(50)}${']'.repeat(50)}`, { scalarTags: [] });
    assert.equal(fine.root?.kind, 'map');
    assert.deepEqual(fine.problems, []);
  });
});
