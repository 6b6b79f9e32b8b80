/** Reads an extension's activation times from VS Code's own Startup Performance report (the figures Running Extensions shows). */
import { commands, Uri, workspace } from 'vscode';
import { ActivationTimes } from '../../protocol';
import { waitFor } from './wait';

/** The report's document; its provider exists once the command has opened the report (the contribution loads lazily). */
const REPORT = Uri.from({ scheme: 'perf', path: 'Startup Performance' });
const COLUMNS = { extension: 'Extension', loadCode: 'Load Code', callActivate: 'Call Activate', finishActivate: 'Finish Activate', event: 'Event' };

function cells(line: string): string[] {
  return line.split('|').slice(1, -1).map((cell) => cell.trim());
}

/** The row of `extensionId` in the report's "Extension Activation Stats" table, or undefined while it is not there. */
export function parseActivationTimes(report: string, extensionId: string): ActivationTimes | undefined {
  const lines = report.split('\n');
  const header = lines.findIndex((line) => line.includes(`| ${COLUMNS.loadCode} `) && line.includes(`| ${COLUMNS.callActivate} `));
  if (header < 0) {
    return undefined;
  }
  const names = cells(lines[header]);
  const row = lines.slice(header + 1).map(cells).find((candidate) => candidate[names.indexOf(COLUMNS.extension)]?.toLowerCase() === extensionId.toLowerCase());
  if (!row) {
    return undefined;
  }
  const number = (column: string): number => Number(row[names.indexOf(column)]);
  return {
    loadCode: number(COLUMNS.loadCode),
    callActivate: number(COLUMNS.callActivate),
    finishActivate: number(COLUMNS.finishActivate),
    event: row[names.indexOf(COLUMNS.event)] ?? '',
  };
}

export async function activationTimes(extensionId: string): Promise<ActivationTimes> {
  await commands.executeCommand('perfview.show');
  const report = await workspace.openTextDocument(REPORT);
  return waitFor(
    workspace.onDidChangeTextDocument,
    () => parseActivationTimes(report.getText(), extensionId),
    () => `the Startup Performance report has no activation row for ${extensionId}:\n${report.getText()}`,
  );
}
