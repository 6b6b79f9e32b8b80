/** What the engine needs to know about a file format: how to recognise, parse and comment it. */
import { Span, SyntaxProblem } from './types';

export type CommentSyntax = { line: string } | { open: string; close: string };

export interface KeyDescription {
  markdown: string;
  span: Span;
}

export interface ParseResult<Model> {
  model: Model;
  problems: SyntaxProblem[];
}

export interface FormatDefinition<Model> {
  /** The first part of its rule ids, e.g. `gorgone`. */
  id: string;
  /** For people: `Gorgone YAML`. */
  title: string;
  /** VS Code language ids whose documents may hold this format. */
  languageIds: string[];
  /** Globs over the absolute, `/`-separated path that claim a file without looking at its content. */
  pathPatterns: string[];
  /** Globs that make a file a candidate, claimed only when {@link sniff} accepts its content. */
  candidatePatterns: string[];
  sniff(text: string): boolean;
  parse(text: string): ParseResult<Model>;
  /** Comment syntax for suppressions; undefined when the format has no comments. */
  comment: CommentSyntax | undefined;
  /** Markdown that explains the key or directive at `offset` (hover), and the span it covers, when the format documents it. */
  describeAt?(model: Model, offset: number): KeyDescription | undefined;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFormat = FormatDefinition<any>;
