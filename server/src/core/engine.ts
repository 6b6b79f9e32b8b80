/** The lint engine: parse once, run the format's rules, apply severities and suppressions. */
import { randomFillSync } from 'node:crypto';
import { defaultSettings, LintConfig, RuleLevel } from './config';
import { AnyFormat, commentSyntaxOf, ParseResult } from './format';
import { AnyRule, formatMessage, RuleMeta } from './rule';
import { applySuppressions, parseSuppressions } from './suppressions';
import { EngineError, Finding, Severity, Span } from './types';
import { WorkspaceView } from './workspace';

/** Every rule the engine knows: the checked ones, plus the findings the engine makes itself (syntax, suppressions). */
export interface RuleSet {
  checked: readonly AnyRule[];
  byId: ReadonlyMap<string, RuleMeta>;
}

export interface LintInput {
  text: string;
  path: string | undefined;
  format: AnyFormat;
  ruleSet: RuleSet;
  config: LintConfig;
  workspace: WorkspaceView;
  /** A model already parsed from this very text (the language server's cache). */
  parsed?: ParseResult<unknown>;
  newSecret?: () => string;
}

export interface LintResult {
  format: string;
  findings: Finding[];
  engineErrors: EngineError[];
}

export function syntaxRuleId(format: AnyFormat): string {
  return `${format.id}/syntax`;
}

const SECRET_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const SECRET_LENGTH = 32;
/**
 * CSPRNG bytes for the next secrets: a large file offers a generated secret in hundreds of fixes on every lint,
 * and one call to the CSPRNG per secret cost more than the rules that offer them.
 */
const secretBytes = Buffer.alloc(SECRET_LENGTH * 128);
let secretBytesUsed = secretBytes.length;

/** A 32-character secret from the CSPRNG, of characters that need no quoting in any of the formats. */
export function randomSecret(): string {
  if (secretBytesUsed === secretBytes.length) {
    randomFillSync(secretBytes);
    secretBytesUsed = 0;
  }
  let secret = '';
  for (let i = 0; i < SECRET_LENGTH; i++) {
    secret += SECRET_ALPHABET[secretBytes[secretBytesUsed + i] % SECRET_ALPHABET.length];
  }
  secretBytesUsed += SECRET_LENGTH;
  return secret;
}

/** A file that is not of its format at all would get a syntax finding on every line: the first ones say enough. */
export const MAX_SYNTAX_FINDINGS = 100;

/** Messages quote the file; a 1 MB line must not become a 1 MB diagnostic. */
export const MAX_MESSAGE_LENGTH = 500;

function bounded(message: string): string {
  if (message.length <= MAX_MESSAGE_LENGTH) {
    return message;
  }
  const cut = /[\ud800-\udbff]/.test(message[MAX_MESSAGE_LENGTH - 1]) ? MAX_MESSAGE_LENGTH - 1 : MAX_MESSAGE_LENGTH;
  return `${message.slice(0, cut)}…`;
}

/** What is kept of a thrown error: its first line, bounded (parsers quote the offending text on the lines below). */
function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return bounded(message.split('\n')[0]);
}

function clamp(span: Span, length: number): Span {
  const start = Math.min(Math.max(0, span.start), length);
  return { start, end: Math.min(Math.max(start, span.end), length) };
}

/** Parses text with a format's parser, turning a parser crash into a syntax problem. */
export function safeParse(format: AnyFormat, text: string): ParseResult<unknown> & { crashed?: string | undefined } {
  try {
    return format.parse(text);
  } catch (error) {
    return { model: undefined, problems: [{ message: 'The file could not be parsed.', span: { start: 0, end: 0 } }], crashed: describeError(error) };
  }
}

/** A rule's level in this config: the config's, else the rule's default severity. */
export function ruleLevel(id: string, config: LintConfig, ruleSet: RuleSet): RuleLevel {
  return config.rules[id] ?? ruleSet.byId.get(id)?.severity ?? 'info';
}

export function lint(input: LintInput): LintResult {
  const { text, format, ruleSet, config } = input;
  const engineErrors: EngineError[] = [];
  const levelOf = (id: string): RuleLevel => ruleLevel(id, config, ruleSet);
  const parsed: ParseResult<unknown> & { crashed?: string | undefined } = input.parsed ?? safeParse(format, text);
  if (parsed.crashed !== undefined) {
    engineErrors.push({ ruleId: syntaxRuleId(format), message: parsed.crashed });
  }
  const findings: Finding[] = [];
  const syntaxLevel = levelOf(syntaxRuleId(format));
  if (syntaxLevel !== 'off') {
    parsed.problems.slice(0, MAX_SYNTAX_FINDINGS).forEach((problem, index) => {
      const more = index === MAX_SYNTAX_FINDINGS - 1 && parsed.problems.length > MAX_SYNTAX_FINDINGS ? ' (further syntax problems are not listed)' : '';
      findings.push({ ruleId: syntaxRuleId(format), severity: syntaxLevel, message: bounded(problem.message) + more, span: clamp(problem.span, text.length), fixes: [] });
    });
  }
  const active = new Set<string>();
  if (parsed.model !== undefined) {
    for (const rule of ruleSet.checked) {
      const level = levelOf(rule.id);
      if (rule.format !== format.id || level === 'off') {
        continue;
      }
      active.add(rule.id);
      runRule(rule, level, input, parsed.model, findings, engineErrors);
    }
  }
  const comment = commentSyntaxOf(format, text);
  if (comment) {
    const directives = parseSuppressions(text, comment);
    const outcome = applySuppressions(text, findings, directives, new Set(ruleSet.byId.keys()), active);
    const directiveFindings = outcome.directiveFindings.flatMap((finding) => {
      const level = levelOf(finding.ruleId);
      return level === 'off' ? [] : [{ ...finding, severity: level, message: bounded(finding.message) }];
    });
    return { format: format.id, findings: sortFindings([...outcome.kept, ...directiveFindings]), engineErrors };
  }
  return { format: format.id, findings: sortFindings(findings), engineErrors };
}

function runRule(rule: AnyRule, severity: Severity, input: LintInput, model: unknown, findings: Finding[], engineErrors: EngineError[]): void {
  const length = input.text.length;
  try {
    rule.check({
      model,
      text: input.text,
      path: input.path,
      workspace: input.workspace,
      settings: { ...defaultSettings, ...input.config.settings },
      newSecret: input.newSecret ?? randomSecret,
      report(report) {
        const template = rule.messages[report.messageId];
        if (template === undefined) {
          throw new Error(`unknown messageId "${report.messageId}"`);
        }
        findings.push({
          ruleId: rule.id,
          severity,
          message: bounded(formatMessage(template, report.data)),
          span: clamp(report.span, length),
          fixes: (report.fixes ?? []).map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, span: clamp(edit.span, length) })) })),
        });
      },
    });
  } catch (error) {
    engineErrors.push({ ruleId: rule.id, message: describeError(error) });
  }
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
}
