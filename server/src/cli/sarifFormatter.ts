/** `--format sarif`: a SARIF 2.1.0 log with every rule of the registry and one result per finding. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Severity } from '../core/types';
import { docsUri } from '../docs';
import { allRules } from '../rules';
import { FileReport } from './report';

const SRCROOT = '%SRCROOT%';

const LEVELS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** Files under the current folder are relative to %SRCROOT%, so the log stays valid when the tree moves (CI checkouts). */
function artifactLocation(report: FileReport, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(cwd, report.absolutePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(report.absolutePath).href };
  }
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

export function formatSarif(reports: readonly FileReport[], cwd: string, version: string): string {
  const ruleIndex = new Map(allRules.map((rule, index) => [rule.id, index]));
  const rules = allRules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.rationale },
    helpUri: docsUri(rule.id),
    defaultConfiguration: { level: LEVELS[rule.severity] },
  }));
  const results = reports.flatMap((report) => report.findings.map((finding) => ({
    ruleId: finding.ruleId,
    ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [{
      physicalLocation: {
        artifactLocation: artifactLocation(report, cwd),
        region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
      },
    }],
  })));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'sipmon-lint', version, rules } },
      // The trailing slash makes relative URIs resolve inside the folder rather than beside it.
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
