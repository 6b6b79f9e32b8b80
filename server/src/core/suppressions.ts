/** Inline suppressions (`sipmon-disable-next-line`, `sipmon-disable-file`): parsing, applying, and the edits that add them. */
import { CommentSyntax } from './format';
import { lineBreakOf, lineStarts, positionOf } from './text';
import { Edit, Finding, Span } from './types';

export type SuppressionKind = 'next-line' | 'file';

export interface SuppressedId {
  id: string;
  span: Span;
}

export interface SuppressionDirective {
  kind: SuppressionKind;
  /** The comment's line, line break excluded. */
  lineSpan: Span;
  /** 0-based line of the comment. */
  line: number;
  ids: SuppressedId[];
  reason: string | undefined;
}

export const UNKNOWN_RULE_ID = 'sipmon/unknown-rule';
export const UNUSED_SUPPRESSION_ID = 'sipmon/unused-suppression';
const REASON_PLACEHOLDER = 'ADD REASON';

function reasonSeparatorOf(comment: CommentSyntax): string {
  return comment.reasonSeparator ?? '--';
}

function commentPattern(comment: CommentSyntax): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return 'line' in comment
    ? new RegExp(`^(\\s*${escape(comment.line)}\\s*sipmon-disable-(next-line|file)\\b)(.*)$`)
    : new RegExp(`^(\\s*${escape(comment.open)}\\s*sipmon-disable-(next-line|file)\\b)(.*?)${escape(comment.close)}\\s*$`);
}

/** Finds every directive; each must stand on a line of its own. */
export function parseSuppressions(text: string, comment: CommentSyntax): SuppressionDirective[] {
  // Every directive holds this word: most files have none, and need not be cut into lines to find that out.
  if (!text.includes('sipmon-disable-')) {
    return [];
  }
  const pattern = commentPattern(comment);
  const starts = lineStarts(text);
  const directives: SuppressionDirective[] = [];
  starts.forEach((start, line) => {
    const nextStart = line + 1 < starts.length ? starts[line + 1] : text.length;
    const lineText = text.slice(start, nextStart).replace(/\r?\n$|\r$/, '');
    const match = pattern.exec(lineText);
    if (!match) {
      return;
    }
    const body = match[3];
    const bodyStart = start + match[1].length;
    const separator = reasonSeparatorOf(comment);
    const reasonAt = body.indexOf(separator);
    const idsText = reasonAt === -1 ? body : body.slice(0, reasonAt);
    const ids: SuppressedId[] = [];
    const idPattern = /[^\s,]+/g;
    for (let found = idPattern.exec(idsText); found; found = idPattern.exec(idsText)) {
      const idStart = bodyStart + found.index;
      ids.push({ id: found[0], span: { start: idStart, end: idStart + found[0].length } });
    }
    const reason = reasonAt === -1 ? undefined : body.slice(reasonAt + separator.length).trim() || undefined;
    directives.push({ kind: match[2] as SuppressionKind, lineSpan: { start, end: start + lineText.length }, line, ids, reason });
  });
  return directives;
}

export interface SuppressionOutcome {
  /** Findings no directive silences. */
  kept: Finding[];
  /** Findings about the directives themselves: unknown rule ids, directives that silence nothing. */
  directiveFindings: Finding[];
}

/**
 * Drops the findings the directives silence, and reports directives that name an unknown rule
 * or silence nothing. A directive for a rule that is switched off is not "unused": it may matter elsewhere.
 */
export function applySuppressions(
  text: string,
  findings: readonly Finding[],
  directives: readonly SuppressionDirective[],
  knownRuleIds: ReadonlySet<string>,
  activeRuleIds: ReadonlySet<string>,
): SuppressionOutcome {
  if (directives.length === 0) {
    return { kept: [...findings], directiveFindings: [] };
  }
  const starts = lineStarts(text);
  const lineOf = (offset: number) => positionOf(starts, offset).line - 1;
  const used = new Set<SuppressedId>();
  const kept = findings.filter((finding) => {
    const line = lineOf(finding.span.start);
    const silencer = directives
      .filter((directive) => directive.kind === 'file' || directive.line + 1 === line)
      .flatMap((directive) => directive.ids)
      .find((entry) => entry.id === finding.ruleId);
    if (silencer) {
      used.add(silencer);
    }
    return !silencer;
  });
  const directiveFindings: Finding[] = [];
  for (const directive of directives) {
    for (const entry of directive.ids) {
      if (!knownRuleIds.has(entry.id)) {
        directiveFindings.push({
          ruleId: UNKNOWN_RULE_ID,
          severity: 'info',
          message: `Unknown rule "${entry.id}" in a sipmon-disable comment.`,
          span: entry.span,
          fixes: [],
        });
      } else if (activeRuleIds.has(entry.id) && !used.has(entry)) {
        directiveFindings.push({
          ruleId: UNUSED_SUPPRESSION_ID,
          severity: 'info',
          message: `This sipmon-disable-${directive.kind} comment silences no "${entry.id}" finding.`,
          span: entry.span,
          fixes: [{ title: `Remove "${entry.id}" from the comment`, edits: [removeIdEdit(text, directive, entry)] }],
        });
      }
    }
  }
  return { kept, directiveFindings };
}

/** Removes one id from a directive, or the whole comment line when it is the only one. */
function removeIdEdit(text: string, directive: SuppressionDirective, entry: SuppressedId): Edit {
  if (directive.ids.length === 1) {
    let end = directive.lineSpan.end;
    end += text.startsWith('\r\n', end) ? 2 : text[end] === '\n' || text[end] === '\r' ? 1 : 0;
    return { span: { start: directive.lineSpan.start, end }, text: '' };
  }
  const index = directive.ids.indexOf(entry);
  // Take the separator on the side that keeps the list well formed.
  const span = index === 0
    ? { start: entry.span.start, end: directive.ids[1].span.start }
    : { start: directive.ids[index - 1].span.end, end: entry.span.end };
  return { span, text: '' };
}

function commentLine(comment: CommentSyntax, indent: string, kind: SuppressionKind, ruleId: string): string {
  const body = `sipmon-disable-${kind} ${ruleId} ${reasonSeparatorOf(comment)} ${REASON_PLACEHOLDER}`;
  return 'line' in comment ? `${indent}${comment.line} ${body}` : `${indent}${comment.open} ${body} ${comment.close}`;
}

/** Adds `ruleId` to a directive's list of ids, before its reason. */
function addIdEdit(directive: SuppressionDirective, ruleId: string): Edit {
  const last = directive.ids[directive.ids.length - 1];
  return { span: { start: last.span.end, end: last.span.end }, text: `, ${ruleId}` };
}

/** The edit that silences `finding` on its line: merged into the directive above it, or a new comment line. */
export function disableForLineEdit(text: string, comment: CommentSyntax, finding: Finding): Edit {
  const starts = lineStarts(text);
  const line = positionOf(starts, finding.span.start).line - 1;
  const existing = parseSuppressions(text, comment).find((directive) => directive.kind === 'next-line' && directive.line + 1 === line && directive.ids.length > 0);
  if (existing) {
    return addIdEdit(existing, finding.ruleId);
  }
  const lineStart = starts[line];
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  return { span: { start: lineStart, end: lineStart }, text: commentLine(comment, indent, 'next-line', finding.ruleId) + lineBreakOf(text) };
}

/** The edit that silences `ruleId` in the whole file: merged into a file directive, or a new first comment line. */
export function disableForFileEdit(text: string, comment: CommentSyntax, ruleId: string): Edit {
  const existing = parseSuppressions(text, comment).find((directive) => directive.kind === 'file' && directive.ids.length > 0);
  if (existing) {
    return addIdEdit(existing, ruleId);
  }
  // A shebang or an XML declaration must stay first.
  const header = /^(#!|<\?xml)[^\n]*(\r?\n|$)/.exec(text);
  const at = header ? header[0].length : 0;
  const eol = lineBreakOf(text);
  const prefix = header && !header[2] ? eol : '';
  return { span: { start: at, end: at }, text: prefix + commentLine(comment, '', 'file', ruleId) + eol };
}
