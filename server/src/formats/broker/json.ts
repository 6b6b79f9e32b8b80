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

function valueOf(text: string, node: Node): BrokerValue {
  const span = { start: node.offset, end: node.offset + node.length };
  switch (node.type) {
    case 'object':
      return {
        kind: 'object',
        span,
        entries: (node.children ?? []).flatMap((property) => entryOf(text, property) ?? []),
        contentStart: span.start + 1,
        contentEnd: Math.max(span.start + 1, span.end - 1),
      };
    case 'array':
      return { kind: 'list', span, items: (node.children ?? []).map((item) => valueOf(text, item)) };
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

function entryOf(text: string, property: Node): BrokerEntry | undefined {
  const [key, value] = property.children ?? [];
  if (key === undefined || value === undefined) {
    return undefined;
  }
  return {
    key: String(key.value),
    keySpan: { start: key.offset, end: key.offset + key.length },
    span: { start: property.offset, end: property.offset + property.length },
    value: valueOf(text, value),
  };
}

/** Whether the top-level object has the `SipmonBroker` key (read leniently: templates may not be valid JSON yet). */
export function hasRootKey(text: string): boolean {
  const tree = parseTree(text, [], { disallowComments: false, allowTrailingComma: true });
  return tree?.type === 'object' && (tree.children ?? []).some((property) => property.children?.[0]?.value === ROOT_KEY);
}

export function parseBrokerJson(text: string): ParseResult<BrokerModel> {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const problems = errors.map(problemOf);
  const document = tree === undefined ? undefined : valueOf(text, tree);
  const rootEntry = document?.kind === 'object' ? [...document.entries].reverse().find((entry) => entry.key === ROOT_KEY) : undefined;
  const root = rootEntry?.value.kind === 'object' ? rootEntry.value : undefined;
  if (!root && problems.length === 0) {
    // [daemon] the root object must hold "SipmonBroker": { … }, otherwise the file is refused.
    problems.push({ message: `JSON: the root object has no "${ROOT_KEY}" object: Broker refuses the file.`, span: { start: tree?.offset ?? 0, end: Math.min(text.length, (tree?.offset ?? 0) + 1) } });
  }
  return { model: { syntax: 'json', root, endpoints: endpointsOf(root), doctype: undefined, entityReferences: [] }, problems };
}
