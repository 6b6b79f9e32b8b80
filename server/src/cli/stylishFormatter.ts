/** The default output, in ESLint's "stylish" layout: findings grouped under their file, then a summary line. */
import { FileReport, ReportedFinding, totalsOf } from './report';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** One file's rows, with `line:column` aligned on the colon and the other columns padded. */
function rows(findings: readonly ReportedFinding[]): string[] {
  const lineWidth = Math.max(...findings.map((finding) => String(finding.line).length));
  const columnWidth = Math.max(...findings.map((finding) => String(finding.column).length));
  const severityWidth = Math.max(...findings.map((finding) => finding.severity.length));
  const messageWidth = Math.max(...findings.map((finding) => finding.message.length));
  return findings.map((finding) => {
    const position = `${String(finding.line).padStart(lineWidth)}:${String(finding.column).padEnd(columnWidth)}`;
    return `  ${position}  ${finding.severity.padEnd(severityWidth)}  ${finding.message.padEnd(messageWidth)}  ${finding.ruleId}`;
  });
}

/** Nothing at all when there is no finding, as ESLint does. */
export function formatStylish(reports: readonly FileReport[]): string {
  const withFindings = reports.filter((report) => report.findings.length > 0);
  if (withFindings.length === 0) {
    return '';
  }
  const blocks = withFindings.map((report) => [report.file, ...rows(report.findings)].join('\n'));
  const totals = totalsOf(withFindings);
  const problems = totals.errors + totals.warnings + totals.infos;
  let summary = `✖ ${plural(problems, 'problem')} (${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}, ${plural(totals.infos, 'info')})`;
  if (totals.fixable > 0) {
    summary += `\n  ${totals.fixable} fixable with --fix`;
  }
  return `${blocks.join('\n\n')}\n\n${summary}\n`;
}
