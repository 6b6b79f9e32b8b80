/** Text edits on YAML that keep the file's own layout: indentation, flow or block style, line breaks. */
import { Document, stringify } from 'yaml';
import { lineBreakOf, lineSpanAt } from '../../core/text';
import { Edit } from '../../core/types';
import { YamlMap, YamlPair, YamlScalar } from './model';

/** A value to write: a scalar, a list, or a map (insertion order kept). */
export type YamlValue = string | number | boolean | YamlValue[] | { [key: string]: YamlValue };

/** A literal YAML text, written as is (e.g. a tagged value such as `!include …`). */
export class RawYaml {
  constructor(readonly text: string) {}
}

export type WritableValue = YamlValue | RawYaml;

/**
 * Words, paths and generated secrets that need no quoting: no indicator first (nor `-` or `.`), no `: ` or ` #`,
 * short enough never to be folded. They are written plain unless the core schema would read them as another type.
 */
const PLAIN_CANDIDATE = /^[\w/][\w./-]{0,79}$/;
/** The core schema's implicit types (null, booleans, numbers), tested as the `yaml` package tests a plain string. */
const IMPLICIT_TYPES: RegExp[] = new Document().schema.tags.flatMap((tag) => (tag.default && tag.tag !== 'tag:yaml.org,2002:str' && 'test' in tag && tag.test ? [tag.test] : []));

function scalarText(value: string | number | boolean): string {
  // Fixes write generated secrets, `true` and file paths by the hundred on a large file; the `yaml` package builds
  // a whole document for each, and writes these exactly as they are.
  if (typeof value === 'boolean' || (typeof value === 'string' && PLAIN_CANDIDATE.test(value) && !IMPLICIT_TYPES.some((type) => type.test(value)))) {
    return String(value);
  }
  return stringify(value).trimEnd();
}

function flowText(value: WritableValue): string {
  if (value instanceof RawYaml) {
    return value.text;
  }
  if (Array.isArray(value)) {
    return `[ ${value.map(flowText).join(', ')} ]`;
  }
  if (typeof value === 'object') {
    return `{ ${Object.entries(value).map(([key, item]) => `${key}: ${flowText(item)}`).join(', ')} }`;
  }
  return scalarText(value);
}

/** Renders `key: value` in block style; nested lines are indented two more spaces than `indent`. */
function blockPair(key: string, value: WritableValue, indent: string, eol: string): string {
  if (value instanceof RawYaml || (typeof value !== 'object')) {
    return `${indent}${key}: ${value instanceof RawYaml ? value.text : scalarText(value)}`;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return [`${indent}${key}:`, ...value.map((item) => `${inner}- ${flowText(item)}`)].join(eol);
  }
  return [`${indent}${key}:`, ...Object.entries(value).map(([subKey, item]) => blockPair(subKey, item, inner, eol))].join(eol);
}

/** Replaces a scalar (or the empty value of a pair) with a new value. */
export function replaceValue(pair: YamlPair | YamlScalar, value: WritableValue): Edit {
  if ('kind' in pair) {
    return { span: pair.span, text: flowText(value) };
  }
  const empty = pair.value === undefined;
  return { span: pair.valueSpan, text: empty ? ` ${flowText(value)}` : flowText(value) };
}

/** The column of a block map's keys, as the whitespace to put before a new key. */
function keyIndent(text: string, map: YamlMap): string {
  const first = map.pairs[0];
  const line = lineSpanAt(text, first.keySpan.start);
  return ' '.repeat(first.keySpan.start - line.start);
}

/** Adds pairs to a map (which must have at least one pair when in block style). */
export function insertPairs(text: string, map: YamlMap, entries: Record<string, WritableValue>): Edit {
  const pairs = Object.entries(entries);
  if (map.flow) {
    const close = text.lastIndexOf('}', map.span.end - 1);
    const rendered = pairs.map(([key, value]) => `${key}: ${flowText(value)}`).join(', ');
    const before = text.slice(map.span.start + 1, close).trim();
    const needsComma = before.length > 0 && !before.endsWith(',');
    const at = map.pairs.length > 0 ? map.pairs[map.pairs.length - 1].span.end : close;
    return { span: { start: at, end: at }, text: map.pairs.length > 0 ? `${needsComma ? ',' : ''} ${rendered}` : ` ${rendered} ` };
  }
  const eol = lineBreakOf(text);
  const indent = keyIndent(text, map);
  const last = map.pairs[map.pairs.length - 1];
  // A block value's range can end at the start of the next line; step back into the value.
  const end = lineSpanAt(text, Math.max(last.span.start, last.span.end - 1)).end;
  return { span: { start: end, end }, text: pairs.map(([key, value]) => eol + blockPair(key, value, indent, eol)).join('') };
}

/** Sets `key` to `value`: replaces the value when the key exists, adds the pair otherwise. */
export function setPair(text: string, map: YamlMap, key: string, value: WritableValue): Edit {
  const existing = map.pairs.find((pair) => pair.key === key);
  return existing ? replaceValue(existing, value) : insertPairs(text, map, { [key]: value });
}

/** Removes a pair: its whole line(s) in a block map, the pair and one separating comma in a flow map. */
export function removePair(text: string, map: YamlMap, pair: YamlPair): Edit {
  if (map.flow) {
    const index = map.pairs.indexOf(pair);
    const next = map.pairs[index + 1];
    const previous = map.pairs[index - 1];
    if (next) {
      return { span: { start: pair.span.start, end: next.span.start }, text: '' };
    }
    return { span: { start: previous ? previous.span.end : pair.span.start, end: pair.span.end }, text: '' };
  }
  const first = lineSpanAt(text, pair.keySpan.start);
  const next = map.pairs[map.pairs.indexOf(pair) + 1];
  if (text.slice(first.start, pair.keySpan.start).trim() !== '' && next) {
    // The pair shares its line with a `- ` marker: pull the next key onto that line instead.
    return { span: { start: pair.keySpan.start, end: next.keySpan.start }, text: '' };
  }
  const last = lineSpanAt(text, Math.max(pair.span.start, pair.span.end - 1));
  let end = last.end;
  end += text.startsWith('\r\n', end) ? 2 : end < text.length ? 1 : 0;
  return { span: { start: first.start, end }, text: '' };
}
