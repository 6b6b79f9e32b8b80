/** A small position-bearing YAML model built on the `yaml` package's AST; every node carries its source span. */
import { Alias, Document, isAlias, isMap, isScalar, isSeq, Node as YamlAstNode, Pair, parseDocument, Scalar } from 'yaml';
import { Span, SyntaxProblem } from '../../core/types';
import { withoutStackTraces } from '../withoutStackTraces';
import { yamlTooDeepAt } from './depth';
import { withPlainEnvironment } from './plainEnvironment';

interface NodeBase {
  span: Span;
  /** An explicit tag such as `!include`; undefined for untagged nodes. */
  tag: string | undefined;
}

export interface YamlScalar extends NodeBase {
  kind: 'scalar';
  /** The value as the YAML 1.2 core schema reads it. */
  value: unknown;
  /**
   * The value as a Perl YAML loader hands it to the daemon: the text as written for plain scalars
   * (`True`, `yes`, `1` stay strings), the content for quoted ones.
   */
  text: string;
  quoted: boolean;
}

export interface YamlPair {
  /** The key as text (non-scalar keys are rendered as written). */
  key: string;
  keySpan: Span;
  /** Undefined for an empty value (`key:` followed by nothing). */
  value: YamlNode | undefined;
  /** Where the value is or would be: after the colon for an empty value. */
  valueSpan: Span;
  /** From the key to the end of the value. */
  span: Span;
}

export interface YamlMap extends NodeBase {
  kind: 'map';
  flow: boolean;
  pairs: YamlPair[];
}

export interface YamlSeq extends NodeBase {
  kind: 'seq';
  flow: boolean;
  items: YamlNode[];
}

export interface YamlAlias extends NodeBase {
  kind: 'alias';
  /** Aliases are never resolved: an alias bomb stays one node. */
  anchor: string;
}

export type YamlNode = YamlScalar | YamlMap | YamlSeq | YamlAlias;

export interface ParsedYaml {
  root: YamlNode | undefined;
  problems: SyntaxProblem[];
}

export interface YamlParseOptions {
  /** Tags the application defines, accepted on scalars without a warning. */
  scalarTags: string[];
}

function spanOf(node: { range?: [number, number, number] | null }, fallback: Span): Span {
  return node.range ? { start: node.range[0], end: node.range[1] } : fallback;
}

function convertScalar(node: Scalar, text: string): YamlScalar {
  const span = spanOf(node, { start: 0, end: 0 });
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  const written = node.source ?? text.slice(span.start, span.end);
  return {
    kind: 'scalar',
    span,
    tag: node.tag,
    value: node.value,
    text: quoted || node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' ? String(node.value ?? '') : written,
    quoted,
  };
}

/** Deeper than any configuration nests; the parser's run time and memory grow sharply beyond. */
export const MAX_YAML_DEPTH = 256;

function convert(node: unknown, text: string, depth: number): YamlNode | undefined {
  // Deeper nesting than any configuration needs is left unmodelled rather than risking the stack.
  if (depth > 200 || node === null || node === undefined) {
    return undefined;
  }
  if (isScalar(node)) {
    return convertScalar(node, text);
  }
  if (isAlias(node)) {
    return { kind: 'alias', span: spanOf(node as Alias, { start: 0, end: 0 }), tag: undefined, anchor: (node as Alias).source };
  }
  if (isMap(node)) {
    const span = spanOf(node, { start: 0, end: 0 });
    const pairs = node.items.map((pair) => convertPair(pair as Pair, text, depth, span.end));
    return { kind: 'map', span, tag: node.tag, flow: Boolean(node.flow), pairs };
  }
  if (isSeq(node)) {
    const items = node.items.flatMap((item) => convert(item, text, depth + 1) ?? []);
    return { kind: 'seq', span: spanOf(node, { start: 0, end: 0 }), tag: node.tag, flow: Boolean(node.flow), items };
  }
  return undefined;
}

/**
 * A block collection's range runs to the start of the line after it: a value replaced over that range would take
 * the line break with it (and overlap a pair inserted at the end of its last line).
 */
function withoutTrailingBlanks(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) {
    end--;
  }
  return { start: span.start, end };
}

function convertPair(pair: Pair, text: string, depth: number, mapEnd: number): YamlPair {
  const keyNode = pair.key as YamlAstNode | null;
  const keySpan = keyNode ? spanOf(keyNode, { start: mapEnd, end: mapEnd }) : { start: mapEnd, end: mapEnd };
  const key = isScalar(keyNode) ? String(keyNode.value) : text.slice(keySpan.start, keySpan.end);
  const value = convert(pair.value, text, depth + 1);
  const empty = isScalar(pair.value) && pair.value.value === null && (pair.value.range?.[0] === pair.value.range?.[1]);
  const valueSpan = withoutTrailingBlanks(text, value && !empty ? value.span : spanOf((pair.value as YamlAstNode | null) ?? {}, { start: keySpan.end + 1, end: keySpan.end + 1 }));
  return {
    key,
    keySpan,
    value: empty ? undefined : value,
    valueSpan,
    span: { start: keySpan.start, end: Math.max(keySpan.end, valueSpan.end) },
  };
}

/** More than the engine lists: a file of garbage gets a parse error per line. */
const MAX_PROBLEMS = 1000;

/** Parses one YAML document. Problems (errors, and warnings such as unknown tags) never stop the model being built. */
export function parseYaml(text: string, options: YamlParseOptions): ParsedYaml {
  const tooDeep = yamlTooDeepAt(text, MAX_YAML_DEPTH);
  if (tooDeep !== -1) {
    return { root: undefined, problems: [{ message: `The YAML nests more than ${MAX_YAML_DEPTH} levels deep: it is not read.`, span: { start: tooDeep, end: tooDeep + 1 } }] };
  }
  const customTags = options.scalarTags.map((tag) => ({ tag, resolve: (value: string) => value }));
  const document = withoutStackTraces(() => withPlainEnvironment(() => parseDocument(text, { customTags, prettyErrors: false, uniqueKeys: true, strict: true })));
  const problems: SyntaxProblem[] = [...document.errors, ...document.warnings].slice(0, MAX_PROBLEMS).map((error) => ({
    // The parser reports its own stack overflow on deep nesting in the words of the JavaScript engine.
    message: error.code === 'RESOURCE_EXHAUSTION' ? 'The YAML is nested too deeply to be read.' : error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
    span: { start: error.pos[0], end: Math.max(error.pos[0], error.pos[1]) },
  }));
  const root = convert(document.contents, text, 0);
  // Expanding is the only way to measure a bomb: done only when something looks like an alias (`*name` at a node's start).
  if (/(?:^|[\s[{,])\*[^\s,[\]{}]/.test(text) && aliasBomb(document)) {
    problems.push({ message: `YAML aliases here expand into a huge amount of data (an "alias bomb"): a program that expands them runs out of memory.`, span: spanOf(document.contents ?? {}, { start: 0, end: 0 }) });
  }
  return { root, problems };
}

/** Aliases may be used this many times over (weighted by the aliases they hold in turn) before they count as a bomb. */
const MAX_ALIAS_EXPANSION = 1000;

/** Whether expanding the document's aliases would blow up: the `yaml` package measures it as it expands, and stops early. */
function aliasBomb(document: Document.Parsed): boolean {
  try {
    document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION, mapAsMap: true });
    return false;
  } catch (error) {
    return error instanceof ReferenceError && /excessive alias count/i.test(error.message);
  }
}

/** The value of `key` in a map (the first pair with that key). */
export function get(map: YamlMap | undefined, key: string): YamlNode | undefined {
  return map?.pairs.find((pair) => pair.key === key)?.value;
}

export function getPair(map: YamlMap | undefined, key: string): YamlPair | undefined {
  return map?.pairs.find((pair) => pair.key === key);
}

export function asMap(node: YamlNode | undefined): YamlMap | undefined {
  return node?.kind === 'map' ? node : undefined;
}

export function asSeq(node: YamlNode | undefined): YamlSeq | undefined {
  return node?.kind === 'seq' ? node : undefined;
}

export function asScalar(node: YamlNode | undefined): YamlScalar | undefined {
  return node?.kind === 'scalar' ? node : undefined;
}

/** The daemon's view of a scalar value at `key`, or undefined when absent or not a scalar. */
export function textAt(map: YamlMap | undefined, key: string): string | undefined {
  return asScalar(get(map, key))?.text;
}
