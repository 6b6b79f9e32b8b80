/** What the engine needs to know about a file format: how to recognise, parse and comment it. */
import { Span, SyntaxProblem } from './types';

/**
 * How a format writes a comment. `reasonSeparator` (default `--`) splits a suppression's rule ids from its
 * reason; XML needs another one, because `--` may not occur inside an XML comment.
 */
export type CommentSyntax = ({ line: string } | { open: string; close: string }) & { reasonSeparator?: string };

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
  /** Whether the text is of this format; a sniffer that had to parse the text to decide returns that parse instead of true, so that it is not parsed again. */
  sniff(text: string): boolean | ParseResult<Model>;
  parse(text: string): ParseResult<Model>;
  /**
   * Comment syntax for suppressions; undefined when the format has no comments. A function when it depends
   * on the file (Broker files are XML or JSON): read it through {@link commentSyntaxOf}.
   */
  comment: CommentSyntax | undefined | ((text: string) => CommentSyntax | undefined);
  /** Markdown that explains the key or directive at `offset` (hover), and the span it covers, when the format documents it. */
  describeAt?(model: Model, offset: number): KeyDescription | undefined;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFormat = FormatDefinition<any>;

/** The comment syntax of one file of a format. */
export function commentSyntaxOf(format: AnyFormat, text: string): CommentSyntax | undefined {
  return typeof format.comment === 'function' ? format.comment(text) : format.comment;
}
