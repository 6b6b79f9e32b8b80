/** Findings and config problems as LSP diagnostics; offsets become positions here and nowhere earlier. */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigProblem } from '../core/config';
import { Finding, Severity, Span } from '../core/types';
import { docsUri } from '../docs';
import { DIAGNOSTIC_SOURCE } from '../protocol';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a diagnostic carries for the code action provider: a hint only, findings are always looked up again. */
export interface DiagnosticData {
  ruleId: string;
}

function rangeOf(document: TextDocument, span: Span) {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function findingToDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const data: DiagnosticData = { ruleId: finding.ruleId };
  return {
    range: rangeOf(document, finding.span),
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: docsUri(finding.ruleId) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
}

export function findingsToDiagnostics(document: TextDocument, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((finding) => findingToDiagnostic(document, finding));
}

/** Problems of a `.sipmonlint.*` file, on that file; `configText` is the text the spans point into. */
export function configProblemsToDiagnostics(configUri: string, configText: string, problems: readonly ConfigProblem[]): Diagnostic[] {
  const document = TextDocument.create(configUri, 'json', 0, configText);
  return problems.map((problem) => ({
    range: rangeOf(document, problem.span),
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  }));
}
