/** Hovers: on a finding, the rule, why it matters and its fixes; on a key its format documents, what the key does. */
import { Hover, MarkupKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Finding } from '../core/types';
import { docsUri } from '../docs';
import { formatById } from '../formats';
import { FileResult } from '../linter';
import { ruleSet } from '../rules';

export interface HoverInput {
  document: TextDocument;
  result: FileResult;
  /** The parsed model of the document, asked for only when no finding is under the cursor. */
  model(): unknown;
  offset: number;
}

function findingMarkdown(finding: Finding): string {
  const meta = ruleSet.byId.get(finding.ruleId);
  const lines = [`**${finding.ruleId}** (${finding.severity}): ${finding.message}`];
  if (meta) {
    lines.push('', meta.description, '', meta.rationale);
  }
  if (finding.fixes.length > 0) {
    lines.push('', `Fix: ${finding.fixes.map((fix) => fix.title).join(' · ')}`);
  }
  lines.push('', `[Documentation of ${finding.ruleId}](${docsUri(finding.ruleId)})`);
  return lines.join('\n');
}

export function provideHover({ document, result, model, offset }: HoverInput): Hover | null {
  const findings = result.findings.filter((finding) => finding.span.start <= offset && offset <= finding.span.end);
  if (findings.length > 0) {
    const start = Math.min(...findings.map((finding) => finding.span.start));
    const end = Math.max(...findings.map((finding) => finding.span.end));
    return {
      contents: { kind: MarkupKind.Markdown, value: findings.map(findingMarkdown).join('\n\n---\n\n') },
      range: { start: document.positionAt(start), end: document.positionAt(end) },
    };
  }
  const parsed = model();
  const described = parsed === undefined ? undefined : formatById(result.format)?.describeAt?.(parsed, offset);
  if (!described) {
    return null;
  }
  return {
    contents: { kind: MarkupKind.Markdown, value: described.markdown },
    range: { start: document.positionAt(described.span.start), end: document.positionAt(described.span.end) },
  };
}
