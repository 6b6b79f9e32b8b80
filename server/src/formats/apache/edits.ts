/** Layout-preserving edits of an httpd config: replace arguments, add lines at server or vhost level, remove or comment out lines. */
import { lineBreakOf } from '../../core/text';
import { Edit, Span } from '../../core/types';
import { ApacheDirective, ApacheModel, ApacheNode, ApacheSection } from './model';
import { virtualHosts } from './query';

const DEFAULT_INDENT = '    ';

/** The whitespace a line starts with. */
export function indentAt(text: string, lineStart: number): string {
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

/** Replaces every argument of a directive (or section tag) by `value`. */
export function replaceArguments(directive: ApacheNode, value: string): Edit {
  const args = directive.args;
  if (args.length === 0) {
    return { span: { start: directive.nameSpan.end, end: directive.nameSpan.end }, text: ` ${value}` };
  }
  return { span: { start: args[0].span.start, end: args[args.length - 1].span.end }, text: value };
}

/** The indentation of a section's body: its first child's, else the section's own plus four spaces. */
function bodyIndent(text: string, section: ApacheSection): string {
  const first = section.children[0];
  return first ? indentAt(text, first.lineSpan.start) : indentAt(text, section.lineSpan.start) + DEFAULT_INDENT;
}

/** Adds lines at the start of a section's body, right after its opening tag. */
export function insertAtBodyStart(text: string, section: ApacheSection, lines: readonly string[]): Edit {
  const eol = lineBreakOf(text);
  const indent = bodyIndent(text, section);
  return { span: { start: section.lineSpan.end, end: section.lineSpan.end }, text: lines.map((line) => `${eol}${indent}${line}`).join('') };
}

/** Adds lines at the end of a section's body, before its closing tag (at its start when it is never closed). */
export function insertAtBodyEnd(text: string, section: ApacheSection, lines: readonly string[]): Edit {
  if (!section.close) {
    return insertAtBodyStart(text, section, lines);
  }
  const eol = lineBreakOf(text);
  const indent = bodyIndent(text, section);
  const at = section.close.lineSpan.start;
  return { span: { start: at, end: at }, text: lines.map((line) => `${indent}${line}${eol}`).join('') };
}

/** The top-level node holding this one. */
function topLevelOf(node: ApacheNode): ApacheNode {
  let top = node;
  while (top.parent) {
    top = top.parent;
  }
  return top;
}

/**
 * Adds a server-wide line where the guide puts it: before the first VirtualHost; in a file without one, after
 * the leading `Define`s; in a file with nothing else, at its end.
 */
export function insertAtServerLevel(text: string, model: ApacheModel, line: string): Edit {
  const eol = lineBreakOf(text);
  const vhost = virtualHosts(model)[0];
  const before = vhost ? topLevelOf(vhost) : model.nodes.find((node) => node.key !== 'define' && node.key !== 'undefine');
  if (before) {
    return { span: { start: before.lineSpan.start, end: before.lineSpan.start }, text: `${line}${eol}` };
  }
  const end = text.length;
  const needsBreak = end > 0 && !text.endsWith('\n') && !text.endsWith('\r');
  return { span: { start: end, end }, text: `${needsBreak ? eol : ''}${line}${eol}` };
}

/** The span of whole lines, their final line break included (to delete them). */
function withLineBreak(text: string, lineSpan: Span): Span {
  let end = lineSpan.end;
  if (text[end] === '\r') {
    end++;
  }
  if (text[end] === '\n') {
    end++;
  }
  return { start: lineSpan.start, end };
}

/** Removes a directive's line(s). */
export function deleteDirective(text: string, directive: ApacheDirective): Edit {
  return { span: withLineBreak(text, directive.lineSpan), text: '' };
}

/** Comments a directive out: `#` before its name, and on each continuation line. */
export function commentOut(text: string, directive: ApacheDirective): Edit[] {
  const edits: Edit[] = [{ span: { start: directive.nameSpan.start, end: directive.nameSpan.start }, text: '#' }];
  for (let offset = text.indexOf('\n', directive.lineSpan.start); offset !== -1 && offset < directive.lineSpan.end; offset = text.indexOf('\n', offset + 1)) {
    edits.push({ span: { start: offset + 1, end: offset + 1 }, text: '#' });
  }
  return edits;
}
