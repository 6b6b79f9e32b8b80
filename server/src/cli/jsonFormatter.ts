/** `--format json`: one entry per linted file, findings with 1-based positions. */
import { FileReport } from './report';

export function formatJson(reports: readonly FileReport[]): string {
  const entries = reports.map((report) => ({ file: report.file, format: report.format, findings: report.findings }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}
