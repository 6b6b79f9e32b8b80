/**
 * How deep a YAML text nests, bounded from above in one pass without parsing. The `yaml` package recurses per
 * level and slows down sharply (or exhausts memory) on absurd nesting, so such text is refused before it parses.
 */

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === undefined;
const isLineBreak = (c: string | undefined) => c === '\n' || c === '\r';

function lineEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && !isLineBreak(text[end])) {
    end++;
  }
  return end;
}

function nextLine(text: string, from: number): number {
  let at = lineEnd(text, from);
  if (text[at] === '\r' && text[at + 1] === '\n') {
    at++;
  }
  return Math.min(text.length, at + 1);
}

/** The offset after a quoted scalar starting at `at` (it may span lines; an unclosed one runs to the end). */
function afterQuoted(text: string, at: number): number {
  const quote = text[at];
  for (let i = at + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') {
      i++;
    } else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        i++;
        continue;
      }
      return i + 1;
    }
  }
  return text.length;
}

function indentAt(text: string, lineStart: number): number {
  let i = lineStart;
  while (text[i] === ' ') {
    i++;
  }
  return i - lineStart;
}

/** The start of the first line after a block scalar's header line that is not part of its content. */
function afterBlockScalar(text: string, headerLineStart: number, headerIndent: number): number {
  let at = nextLine(text, headerLineStart);
  while (at < text.length) {
    const indent = indentAt(text, at);
    const blankLine = isLineBreak(text[at + indent]) || at + indent >= text.length;
    if (!blankLine && indent <= headerIndent) {
      break;
    }
    at = nextLine(text, at);
  }
  return at;
}

/**
 * The offset where the nesting bound first exceeds `limit`, or -1. The bound counts, on each line, the
 * indentation (every block level indents at least one space), each `- `, `? ` and `key: ` outside flow
 * collections (each may open a nested node), and the open flow collections.
 */
export function yamlTooDeepAt(text: string, limit: number): number {
  let flow = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    const indent = flow === 0 ? indentAt(text, lineStart) : 0;
    let depth = indent;
    let nodeStart = true;
    let i = lineStart + indent;
    let next = -1;
    while (i < text.length && !isLineBreak(text[i])) {
      const c = text[i];
      if (c === '#' && (i === lineStart || isBlank(text[i - 1]))) {
        break;
      }
      if (nodeStart && (c === '"' || c === "'")) {
        i = afterQuoted(text, i);
        nodeStart = false;
        // A quoted scalar may end on a later line: carry on from there as if on one line.
        continue;
      }
      if (nodeStart && flow === 0 && (c === '|' || c === '>')) {
        next = afterBlockScalar(text, lineStart, indent);
        break;
      }
      if ((c === '[' || c === '{') && (nodeStart || flow > 0)) {
        flow++;
      } else if ((c === ']' || c === '}') && flow > 0) {
        flow--;
        nodeStart = false;
      } else if (c === ',' && flow > 0) {
        nodeStart = true;
      } else if (flow === 0 && (c === ':' || ((c === '-' || c === '?') && nodeStart)) && isBlank(text[i + 1])) {
        depth++;
        nodeStart = true;
      } else if (c !== ' ' && c !== '\t') {
        nodeStart = false;
      }
      if (depth + flow > limit) {
        return i;
      }
      i++;
    }
    lineStart = next !== -1 ? next : nextLine(text, i);
  }
  return -1;
}
