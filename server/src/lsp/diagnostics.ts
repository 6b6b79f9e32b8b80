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

function rangeOf(document: TextDocument, span: Span) {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/**
 * No `data`: code actions find the findings again by range and `code`, and a payload per diagnostic only makes the
 * message of a large file bigger (every byte is encoded, piped and parsed on each change).
 */
function findingToDiagnostic(document: TextDocument, finding: Finding, href: string): Diagnostic {
  return {
    range: rangeOf(document, finding.span),
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    codeDescription: { href },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
}

export function findingsToDiagnostics(document: TextDocument, findings: readonly Finding[]): Diagnostic[] {
  // A file URL per finding costs more than the rest of the conversion: thousands of findings share a few rules.
  const hrefs = new Map<string, string>();
  return findings.map((finding) => {
    let href = hrefs.get(finding.ruleId);
    if (href === undefined) {
      href = docsUri(finding.ruleId);
      hrefs.set(finding.ruleId, href);
    }
    return findingToDiagnostic(document, finding, href);
  });
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
