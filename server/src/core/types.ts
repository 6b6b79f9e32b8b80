/** Core data types shared by the engine, the rules, the language server and the CLI. */

export type Severity = 'error' | 'warning' | 'info';

/** A range of the source text: 0-based UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Replace the text of `span` with `text` (an insertion has start === end). */
export interface Edit {
  span: Span;
  text: string;
}

/** A file the fix creates next to the linted one; never overwrites an existing file. */
export interface NewFile {
  /** Absolute path. */
  path: string;
  text: string;
}

export interface Fix {
  title: string;
  edits: Edit[];
  newFiles?: NewFile[];
  /** A fix that changes behaviour in a way only the user can judge: never applied by fix-all or `--fix`. */
  needsJudgement?: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  /** The first fix is the preferred one. */
  fixes: Fix[];
}

/** A problem of the linter itself (a rule threw): reported to the user, never as a finding. */
export interface EngineError {
  ruleId: string;
  message: string;
}

/** What a format's parser reports about text it could not read. */
export interface SyntaxProblem {
  message: string;
  span: Span;
}
