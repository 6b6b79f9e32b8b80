/** The Broker snippets (XML and JSON) are hardened endpoints: with every choice and default they parse, land where they claim, and lint clean. */
import * as assert from 'node:assert/strict';
import { emptyWorkspace } from '../../../server/src/core/workspace';
import { brokerFormat } from '../../../server/src/formats/broker/format';
import { Direction } from '../../../server/src/formats/broker/model';
import { lintFile } from '../../../server/src/linter';
import { contributedSnippets, expandSnippet, indentLines } from '../../helpers/snippets';

/** The direction each snippet adds. */
const DIRECTIONS: Record<string, Direction> = { 'sipmon-broker-input-tls': 'input', 'sipmon-broker-output-tls': 'output' };

/** The choices a snippet offers (each `${n|a,b|}` has the same count here). */
function choiceCount(body: string): number {
  return Math.max(1, ...[...body.matchAll(/\$\{\d+\|([^|}]*)\|\}/g)].map((match) => match[1].split(',').length));
}

/** A whole Broker file holding the snippet where it belongs. */
function documentWith(language: string, direction: Direction, item: string): string {
  return language === 'xml'
    ? `<?xml version="1.0" encoding="UTF-8"?>\n<SipmonBroker>\n  <broker_id>1</broker_id>\n${indentLines(item, 2)}\n</SipmonBroker>\n`
    : `{\n  "SipmonBroker": {\n    "broker_id": 1,\n    "${direction}": [\n${indentLines(item, 6)}\n    ]\n  }\n}\n`;
}

for (const language of ['xml', 'json']) {
  suite(`Broker snippets (${language})`, () => {
    const contribution = contributedSnippets(language);
    test('package.json contributes them', () => {
      assert.ok(contribution);
    });
    const snippets = contribution ? Object.entries(contribution) : [];

    test('an input and an output, each with a description', () => {
      assert.deepEqual(snippets.map(([, snippet]) => snippet.prefix).sort(), Object.keys(DIRECTIONS).sort());
      assert.ok(snippets.every(([title, snippet]) => title && snippet.description));
    });

    for (const [, snippet] of snippets) {
      const body = snippet.body.join('\n');
      for (let choice = 0; choice < choiceCount(body); choice++) {
        const item = expandSnippet(body, choice);
        const text = documentWith(language, DIRECTIONS[snippet.prefix], item);
        test(`${snippet.prefix} (choice ${choice + 1}) adds a clean ${DIRECTIONS[snippet.prefix]}`, () => {
          const { model, problems } = brokerFormat.parse(text);
          assert.deepEqual(problems, []);
          assert.deepEqual(model.endpoints.map((endpoint) => endpoint.direction), [DIRECTIONS[snippet.prefix]]);
          const result = lintFile({ path: `/etc/Sipmon-broker/central-broker.${language}`, text, workspace: emptyWorkspace });
          assert.equal(result?.format, 'broker');
          assert.deepEqual(result?.findings.map((finding) => `${finding.ruleId}: ${finding.message}`), []);
        });
      }
    }
  });
}
