/** Table-driven rule tests in ESLint's RuleTester shape: valid cases, invalid cases with positions and fixed output. */
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/engine';
import { applyEdits } from '../../server/src/core/fixes';
import { emptyConfig, RuleSettings } from '../../server/src/core/config';
import { AnyRule, formatMessage, RuleMeta } from '../../server/src/core/rule';
import { lineStarts, positionOf } from '../../server/src/core/text';
import { Finding } from '../../server/src/core/types';
import { workspaceOf } from '../../server/src/core/workspace';
import { formatById } from '../../server/src/formats';
import { ruleSet } from '../../server/src/rules';

export interface CaseFiles {
  /** Absolute path of the linted text; defaults per format. */
  path?: string;
  /** Other files of the workspace, by absolute path. */
  files?: Record<string, string>;
  /** Rule options, as a config file would set them. */
  settings?: Partial<RuleSettings>;
}

export interface ValidCase extends CaseFiles {
  code: string;
  name?: string;
}

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Expected message data, when the test cares about the wording. */
  data?: Record<string, string | number>;
}

export interface InvalidCase extends CaseFiles {
  code: string;
  name?: string;
  errors: ExpectedError[];
  /** The text after applying every finding's preferred fix; required when the rule fixes, absent otherwise. */
  output?: string;
}

export const DEFAULT_PATHS: Record<string, string> = {
  gorgone: '/etc/Sipmon-gorgone/config.d/40-gorgoned.yaml',
  broker: '/etc/Sipmon-broker/central-broker.json',
  fail2ban: '/etc/fail2ban/jail.local',
  openssl: '/etc/ssl/openssl.cnf',
  apache: '/etc/apache2/sites-available/Sipmon.conf',
};

let secretCounter = 0;
/** A reproducible stand-in for generated secrets: strong by every rule's measure, and predictable in `output`. */
export function testSecret(): string {
  secretCounter += 1;
  return `TestSecret${String(secretCounter).padStart(22, '0')}`;
}
export function resetTestSecrets(): void {
  secretCounter = 0;
}

/** Runs one rule (and only it) over a text. */
export function runRule(rule: AnyRule, code: string, files: CaseFiles = {}): Finding[] {
  const format = formatById(rule.format);
  assert.ok(format, `no format "${rule.format}"`);
  const path = files.path ?? DEFAULT_PATHS[rule.format];
  const result = lint({
    text: code,
    path,
    format,
    ruleSet: { checked: [rule], byId: ruleSet.byId },
    config: { ...emptyConfig, settings: files.settings ?? {} },
    workspace: workspaceOf(files.files ?? {}),
    newSecret: testSecret,
  });
  assert.deepEqual(result.engineErrors, [], 'the rule threw');
  return result.findings.filter((finding) => finding.ruleId === rule.id);
}

function describeCase(code: string, name?: string): string {
  return name ?? code.replace(/\s+/g, ' ').slice(0, 70);
}

export function testRule(rule: AnyRule, cases: { valid: (ValidCase | string)[]; invalid: InvalidCase[] }): void {
  suite(rule.id, () => {
    for (const item of cases.valid) {
      const valid = typeof item === 'string' ? { code: item } : item;
      test(`valid: ${describeCase(valid.code, valid.name)}`, () => {
        assert.deepEqual(runRule(rule, valid.code, valid).map((finding) => finding.message), []);
      });
    }
    for (const invalid of cases.invalid) {
      test(`invalid: ${describeCase(invalid.code, invalid.name)}`, () => {
        resetTestSecrets();
        const findings = runRule(rule, invalid.code, invalid);
        const starts = lineStarts(invalid.code);
        const actual = findings.map((finding, index) => {
          const expected = invalid.errors[index];
          const start = positionOf(starts, finding.span.start);
          const end = positionOf(starts, finding.span.end);
          return {
            messageId: expected ? messageIdOf(rule, finding, expected) : '?',
            line: start.line,
            column: start.column,
            ...(expected?.endLine !== undefined ? { endLine: end.line } : {}),
            ...(expected?.endColumn !== undefined ? { endColumn: end.column } : {}),
            ...(expected?.data !== undefined ? { data: expected.data } : {}),
          };
        });
        assert.deepEqual(actual, invalid.errors);
        const fixable = findings.some((finding) => finding.fixes.length > 0);
        if (fixable) {
          assert.ok(invalid.output !== undefined, 'the rule fixes this case: give its `output`');
          assert.notEqual(invalid.output, invalid.code, '`output` equals the input: the fix changes nothing');
          resetTestSecrets();
          const preferred = runRule(rule, invalid.code, invalid).flatMap((finding) => finding.fixes[0]?.edits ?? []);
          assert.equal(applyEdits(invalid.code, preferred), invalid.output);
        } else {
          assert.equal(invalid.output, undefined, 'the rule offers no fix here, so `output` must be absent');
        }
      });
    }
  });
}

/** The messageId whose template, filled with the expected data, yields the finding's message. */
function messageIdOf(rule: RuleMeta, finding: Finding, expected: ExpectedError): string {
  const template = rule.messages[expected.messageId];
  if (template === undefined) {
    return `(no messageId "${expected.messageId}")`;
  }
  const pattern = new RegExp(`^${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\\\{\s*\w+\s*\\\}\\\}/g, '[^]*')}$`);
  if (expected.data !== undefined) {
    return formatMessage(template, expected.data) === finding.message ? expected.messageId : `(message "${finding.message}")`;
  }
  return pattern.test(finding.message) ? expected.messageId : `(message "${finding.message}")`;
}
