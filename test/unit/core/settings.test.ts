/** Rule settings reach the rules: defaults filled in, the config's values passed through. */
import * as assert from 'node:assert/strict';
import { emptyConfig } from '../../../server/src/core/config';
import { lint } from '../../../server/src/core/engine';
import { defineRule } from '../../../server/src/core/rule';
import { emptyWorkspace } from '../../../server/src/core/workspace';
import { gorgoneFormat } from '../../../server/src/formats/gorgone/format';

const echoProfile = defineRule<unknown>({
  id: 'gorgone/echo-profile',
  format: 'gorgone',
  severity: 'info',
  description: 'Reports the TLS profile it was given.',
  rationale: 'Test rule.',
  messages: { profile: '{{profile}}' },
  fixable: false,
  check({ settings, report }) {
    report({ messageId: 'profile', data: { profile: settings.tlsProfile }, span: { start: 0, end: 0 } });
  },
});

function profileSeen(settings: typeof emptyConfig.settings): string[] {
  const ruleSet = { checked: [echoProfile], byId: new Map([[echoProfile.id, echoProfile]]) };
  const result = lint({ text: 'gorgone: {}\n', path: undefined, format: gorgoneFormat, ruleSet, config: { ...emptyConfig, settings }, workspace: emptyWorkspace });
  return result.findings.map((finding) => finding.message);
}

suite('rule settings', () => {
  test('the TLS profile defaults to intermediate', () => {
    assert.deepEqual(profileSeen({}), ['intermediate']);
  });

  test('the configured TLS profile reaches the rule', () => {
    assert.deepEqual(profileSeen({ tlsProfile: 'modern' }), ['modern']);
  });
});
