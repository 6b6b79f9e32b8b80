/** Reads Broker JSON into the Broker model with jsonc-parser, as strictly as the daemon: no comments, no trailing commas. */
import { Node, ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { ParseResult } from '../../core/format';
import { SyntaxProblem } from '../../core/types';
import { BrokerEntry, BrokerModel, BrokerValue, endpointsOf } from './model';

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
  const problems: SyntaxProblem[] = [];
  for (const entry of [...entries].reverse()) {
    if (seen.has(entry.key)) {
      problems.push({ message: `JSON: "${entry.key}" is set again later in this object: Broker ignores this value and keeps the last one.`, span: entry.keySpan });
    }
    seen.add(entry.key);
  }
  return problems.reverse();
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
    default: {
      const type = node.type === 'string' || node.type === 'number' || node.type === 'boolean' ? node.type : 'null';
      return {
        kind: 'scalar',
        span,
        text: type === 'string' ? String(node.value) : undefined,
        type,
        raw: text.slice(span.start, span.end),
        writeSpan: span,
        writing: 'json',
      };
    }
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

export function parseBrokerJson(text: string): ParseResult<BrokerModel> {
  const deep = tooDeepAt(text, MAX_JSON_DEPTH);
  if (deep !== -1) {
    const problem = { message: `JSON: nested more than ${MAX_JSON_DEPTH} levels deep: not read.`, span: { start: deep, end: deep + 1 } };
    return { model: { syntax: 'json', root: undefined, endpoints: [], doctype: undefined, entityReferences: [] }, problems: [problem] };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const problems = errors.map(problemOf);
  const document = tree === undefined ? undefined : valueOf(text, tree, problems);
  const rootEntry = document?.kind === 'object' ? [...document.entries].reverse().find((entry) => entry.key === ROOT_KEY) : undefined;
  const root = rootEntry?.value.kind === 'object' ? rootEntry.value : undefined;
  if (!root && errors.length === 0) {
    // [daemon] the root object must hold "SipmonBroker": { … }, otherwise the file is refused.
    problems.push({ message: `JSON: the root object has no "${ROOT_KEY}" object: Broker refuses the file.`, span: { start: tree?.offset ?? 0, end: Math.min(text.length, (tree?.offset ?? 0) + 1) } });
  }
  return { model: { syntax: 'json', root, endpoints: endpointsOf(root), doctype: undefined, entityReferences: [] }, problems };
}
