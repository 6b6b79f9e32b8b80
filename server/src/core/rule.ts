/** The shape of a rule: metadata plus a check over one format's model. */
import { RuleSettings } from './config';
import { WorkspaceView } from './workspace';
import { Fix, Severity, Span } from './types';

export interface RuleMeta {
  /** `<format>/<name>`, equal to the rule's file path under server/src/rules. */
  id: string;
  /** The format whose model the check reads. */
  format: string;
  severity: Severity;
  /** One line, shown in the rule table, SARIF and hovers. */
  description: string;
  /** Why the setting is insecure and what the hardened value is; shown in hovers. */
  rationale: string;
  /** Message templates keyed by id; `{{name}}` is replaced by the report's data. */
  messages: Record<string, string>;
  /** Whether the rule offers fixes. */
  fixable: boolean;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  span: Span;
  fixes?: Fix[];
}

export interface RuleContext<Model> {
  readonly model: Model;
  readonly text: string;
  /** Absolute path of the linted file, when it has one. */
  readonly path: string | undefined;
  readonly workspace: WorkspaceView;
  /** The options of the config file and the editor, defaults filled in. */
  readonly settings: Readonly<RuleSettings>;
  /** A new random secret, for fixes that replace a weak one (injected so tests are reproducible). */
  newSecret(): string;
  report(report: Report): void;
}

export interface Rule<Model> extends RuleMeta {
  check(context: RuleContext<Model>): void;
}

/**
 * A rule of any format. The registry mixes formats, and the engine only ever pairs a rule
 * with the model of its own format, so the model type is erased here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

/** Declares a rule; the identity function exists so rule files get type checking on their model. */
export function defineRule<Model>(rule: Rule<Model>): Rule<Model> {
  return rule;
}

/**
 * The templates split once at their placeholders: a large file gets the same few messages a thousand times per lint.
 * Split with the placeholder captured whole and its name: [text, `{{ name }}`, name, text, …].
 */
const templateParts = new Map<string, string[]>();

/** Fills a message template. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  let parts = templateParts.get(template);
  if (parts === undefined) {
    parts = template.split(/(\{\{\s*(\w+)\s*\}\})/);
    templateParts.set(template, parts);
  }
  let message = parts[0];
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i + 1];
    message += (name in data ? String(data[name]) : parts[i]) + parts[i + 2];
  }
  return message;
}
