/** Reads Broker JSON into the Broker model with jsonc-parser, as strictly as the daemon: no comments, no trailing commas. */
import { Node, ParseError, ParseOptions, parseTree, printParseErrorCode, visit } from 'jsonc-parser';
import { ParseResult } from '../../core/format';
import { Span, SyntaxProblem } from '../../core/types';
import { BrokerEntry, BrokerList, BrokerModel, BrokerObject, BrokerScalar, BrokerValue, endpointsOf } from './model';

export const ROOT_KEY = 'SipmonBroker';

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected characters: not JSON',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'A property name in double quotes is expected (JSON allows no trailing comma)',
  ValueExpected: 'A value is expected',
  ColonExpected: 'A colon is expected',
  CommaExpected: 'A comma is expected',
  CloseBraceExpected: 'A closing brace is expected',
  CloseBracketExpected: 'A closing bracket is expected',
  EndOfFileExpected: 'Text after the end of the JSON document',
  InvalidCommentToken: 'Comments are not allowed in JSON',
  UnexpectedEndOfComment: 'Unterminated comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unterminated number',
  InvalidUnicode: 'Invalid unicode escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character in a string',
};

function problemOf(error: ParseError): SyntaxProblem {
  return { message: `JSON: ${MESSAGES[printParseErrorCode(error.error)] ?? 'Syntax error'}.`, span: { start: error.offset, end: error.offset + error.length } };
}

/** [daemon] Broker's JSON library keeps the last of duplicate keys: the earlier ones are silently ignored. */
function duplicateKeyProblems(entries: readonly BrokerEntry[]): SyntaxProblem[] {
  const seen = new Set<string>();
  for (const entry of entries) {
    seen.add(entry.key);
  }
  if (seen.size === entries.length) {
    // Almost every object: no key twice, nothing more to build.
    return [];
  }
  seen.clear();
  const problems: SyntaxProblem[] = [];
  for (const entry of [...entries].reverse()) {
    if (seen.has(entry.key)) {
      problems.push({ message: `JSON: "${entry.key}" is set again later in this object: Broker ignores this value and keeps the last one.`, span: entry.keySpan });
    }
    seen.add(entry.key);
  }
  return problems.reverse();
}

/** A JSON literal, built with the same property order as the XML scalars (rules' property reads stay monomorphic). */
function jsonScalar(text: string, span: Span, nodeType: string, value: unknown): BrokerScalar {
  const type = nodeType === 'string' || nodeType === 'number' || nodeType === 'boolean' ? nodeType : 'null';
  return { kind: 'scalar', span, text: type === 'string' ? String(value) : undefined, type, raw: text.slice(span.start, span.end), writeSpan: span, writing: 'json' };
}

function valueOf(text: string, node: Node, problems: SyntaxProblem[]): BrokerValue {
  const span = { start: node.offset, end: node.offset + node.length };
  switch (node.type) {
    case 'object': {
      const entries = (node.children ?? []).flatMap((property) => entryOf(text, property, problems) ?? []);
      problems.push(...duplicateKeyProblems(entries));
      return { kind: 'object', span, entries, contentStart: span.start + 1, contentEnd: Math.max(span.start + 1, span.end - 1) };
    }
    case 'array':
      return { kind: 'list', span, items: (node.children ?? []).map((item) => valueOf(text, item, problems)) };
    default:
      return jsonScalar(text, span, node.type, node.value);
  }
}

function entryOf(text: string, property: Node, problems: SyntaxProblem[]): BrokerEntry | undefined {
  const [key, value] = property.children ?? [];
  if (key === undefined || value === undefined) {
    return undefined;
  }
  return {
    key: String(key.value),
    keySpan: { start: key.offset, end: key.offset + key.length },
    span: { start: property.offset, end: property.offset + property.length },
    value: valueOf(text, value, problems),
  };
}

/** Whether the top-level object has the `SipmonBroker` key (read leniently: templates may not be valid JSON yet). */
export function hasRootKey(text: string): boolean {
  const tree = parseTree(text, [], { disallowComments: false, allowTrailingComma: true });
  return tree?.type === 'object' && (tree.children ?? []).some((property) => property.children?.[0]?.value === ROOT_KEY);
}

/** Deeper than any Broker file nests, and shallow enough for the recursive parser never to run out of stack. */
export const MAX_JSON_DEPTH = 256;

/** Where arrays and objects first nest deeper than `limit` (strings skipped), or -1. */
function tooDeepAt(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) {
        i++;
      } else if (c === 0x22) {
        inString = false;
      }
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) {
        return i;
      }
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return -1;
}

/** As strictly as the daemon: no comments, no trailing commas. */
const STRICT: ParseOptions = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** An object or array being read, with the key its value will be stored under in the enclosing object. */
interface OpenContainer {
  value: BrokerObject | BrokerList;
  key: string;
  keySpan: Span;
}

/**
 * Builds the model straight from the parser's events, without jsonc-parser's node tree (which doubled the time and
 * memory of a large file). Only for well-formed text: undefined as soon as there is a syntax error, and the tree is
 * built instead, whose error recovery the model keeps. On well-formed text both give the same model; duplicate-key
 * problems are added to `problems` in the same order (an object's after those of the objects inside it).
 */
function wellFormedDocument(text: string, problems: SyntaxProblem[]): BrokerValue | undefined {
  const open: OpenContainer[] = [];
  let key = '';
  let keySpan: Span = { start: 0, end: 0 };
  let document: BrokerValue | undefined;
  let failed = false;
  const names = new Map<string, string>();
  const complete = (value: BrokerValue, valueKey: string, valueKeySpan: Span) => {
    const parent = open[open.length - 1]?.value;
    if (parent === undefined) {
      document = value;
    } else if (parent.kind === 'list') {
      parent.items.push(value);
    } else {
      parent.entries.push({ key: valueKey, keySpan: valueKeySpan, span: { start: valueKeySpan.start, end: value.span.end }, value });
    }
  };
  const begin = (value: BrokerObject | BrokerList) => {
    open.push({ value, key, keySpan });
  };
  const end = (offset: number, length: number) => {
    const container = open.pop();
    if (container === undefined) {
      return;
    }
    const { value } = container;
    value.span.end = offset + length;
    if (value.kind === 'object') {
      value.contentEnd = Math.max(value.span.start + 1, value.span.end - 1);
      problems.push(...duplicateKeyProblems(value.entries));
    }
    complete(value, container.key, container.keySpan);
  };
  visit(text, {
    onObjectBegin: (offset) => begin({ kind: 'object', span: { start: offset, end: offset }, entries: [], contentStart: offset + 1, contentEnd: offset + 1 }),
    onObjectProperty: (name, offset, length) => {
      // One copy per key name (the parser makes a new string per property) keeps a large file's model smaller.
      const known = names.get(name);
      if (known === undefined) {
        names.set(name, name);
      }
      key = known ?? name;
      keySpan = { start: offset, end: offset + length };
    },
    onObjectEnd: end,
    onArrayBegin: (offset) => begin({ kind: 'list', span: { start: offset, end: offset }, items: [] }),
    onArrayEnd: end,
    onLiteralValue: (value: unknown, offset, length) => {
      const span = { start: offset, end: offset + length };
      complete(jsonScalar(text, span, value === null ? 'null' : typeof value, value), key, keySpan);
    },
    onError: () => {
      failed = true;
    },
  }, STRICT);
  return failed ? undefined : document;
}

export function parseBrokerJson(text: string): ParseResult<BrokerModel> {
  const deep = tooDeepAt(text, MAX_JSON_DEPTH);
  if (deep !== -1) {
    const problem = { message: `JSON: nested more than ${MAX_JSON_DEPTH} levels deep: not read.`, span: { start: deep, end: deep + 1 } };
    return { model: { syntax: 'json', root: undefined, endpoints: [], doctype: undefined, entityReferences: [] }, problems: [problem] };
  }
  const errors: ParseError[] = [];
  let problems: SyntaxProblem[] = [];
  let document = wellFormedDocument(text, problems);
  let rootOffset = document?.span.start;
  if (document === undefined) {
    const tree = parseTree(text, errors, STRICT);
    problems = errors.map(problemOf);
    document = tree === undefined ? undefined : valueOf(text, tree, problems);
    rootOffset = tree?.offset;
  }
  const rootEntry = document?.kind === 'object' ? [...document.entries].reverse().find((entry) => entry.key === ROOT_KEY) : undefined;
  const root = rootEntry?.value.kind === 'object' ? rootEntry.value : undefined;
  if (!root && errors.length === 0) {
    // [daemon] the root object must hold "SipmonBroker": { … }, otherwise the file is refused.
    problems.push({ message: `JSON: the root object has no "${ROOT_KEY}" object: Broker refuses the file.`, span: { start: rootOffset ?? 0, end: Math.min(text.length, (rootOffset ?? 0) + 1) } });
  }
  return { model: { syntax: 'json', root, endpoints: endpointsOf(root), doctype: undefined, entityReferences: [] }, problems };
}
