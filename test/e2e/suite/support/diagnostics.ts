/** Reading the Sipmon diagnostics of a document and waiting for them to change. */
import { Diagnostic, languages, Uri } from 'vscode';
import { STATE_TIMEOUT_MS, waitFor } from './wait';

/** The `source` of every diagnostic the Sipmon language server publishes. */
export const SIPMON_SOURCE = 'sipmon';

export function sipmonDiagnostics(uri: Uri): Diagnostic[] {
  return languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SIPMON_SOURCE);
}

/** The rule id of a diagnostic (`code.value`). */
export function ruleIdOf(diagnostic: Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

export function ruleIds(uri: Uri): string[] {
  return sipmonDiagnostics(uri).map(ruleIdOf).filter((id): id is string => id !== undefined).sort();
}

function describeDiagnostics(uri: Uri): string {
  const found = sipmonDiagnostics(uri).map((diagnostic) => `${ruleIdOf(diagnostic)}@${diagnostic.range.start.line + 1}`);
  return `sipmon diagnostics of ${uri.path}: [${found.join(', ')}]`;
}

/** Waits until the Sipmon diagnostics of `uri` satisfy `accept`, and returns them. */
export function waitForDiagnostics(uri: Uri, accept: (diagnostics: Diagnostic[]) => boolean, timeoutMs = STATE_TIMEOUT_MS): Promise<Diagnostic[]> {
  return waitFor(
    languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = sipmonDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    () => describeDiagnostics(uri),
    timeoutMs,
  );
}

/** Waits for a diagnostic of `ruleId` on `uri`. */
export async function waitForRule(uri: Uri, ruleId: string, timeoutMs = STATE_TIMEOUT_MS): Promise<Diagnostic> {
  const diagnostics = await waitForDiagnostics(uri, (current) => current.some((diagnostic) => ruleIdOf(diagnostic) === ruleId), timeoutMs);
  return diagnostics.find((diagnostic) => ruleIdOf(diagnostic) === ruleId) as Diagnostic;
}

/** Waits until no diagnostic of `ruleId` is left on `uri`. */
export function waitForRuleGone(uri: Uri, ruleId: string, timeoutMs = STATE_TIMEOUT_MS): Promise<Diagnostic[]> {
  return waitForDiagnostics(uri, (current) => !current.some((diagnostic) => ruleIdOf(diagnostic) === ruleId), timeoutMs);
}
