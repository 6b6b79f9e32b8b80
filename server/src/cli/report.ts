/** The findings of one file as the formatters print them: 1-based positions, and whether `--fix` would apply them. */
import { isAutoApplicable } from '../core/fixes';
import { lineStarts, positionOf } from '../core/text';
import { Finding, Severity } from '../core/types';

export interface ReportedFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  endLine: number;
  /** 1-based column just after the last character (exclusive), as in ESLint and SARIF. */
  endColumn: number;
  /** The preferred fix is one `--fix` applies. */
  fixable: boolean;
}

export interface FileReport {
  /** As the user named or the walk found it: relative to the current folder when under it. */
  file: string;
  absolutePath: string;
  format: string;
  findings: ReportedFinding[];
}

export function reportFindings(text: string, findings: readonly Finding[]): ReportedFinding[] {
  const starts = lineStarts(text);
  return findings.map((finding) => {
    const start = positionOf(starts, finding.span.start);
    const end = positionOf(starts, finding.span.end);
    const preferred = finding.fixes[0];
    return {
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      fixable: preferred !== undefined && isAutoApplicable(preferred),
    };
  });
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
}

export function totalsOf(reports: readonly FileReport[]): Totals {
  const totals: Totals = { errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const finding of reports.flatMap((report) => report.findings)) {
    if (finding.severity === 'error') {
      totals.errors++;
    } else if (finding.severity === 'warning') {
      totals.warnings++;
    } else {
      totals.infos++;
    }
    if (finding.fixable) {
      totals.fixable++;
    }
  }
  return totals;
}

/** `--quiet`: keeps the error findings only. */
export function errorsOnly(reports: readonly FileReport[]): FileReport[] {
  return reports.map((report) => ({ ...report, findings: report.findings.filter((finding) => finding.severity === 'error') }));
}
