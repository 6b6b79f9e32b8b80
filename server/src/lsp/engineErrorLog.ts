/**
 * Logs a rule that threw, once per rule and document while the document stays open. Not per message: a message
 * may quote an offset or a count that changes with every keystroke. Not once per session: a rule failing on
 * a second document is news. Only the rule id, the URI and the error's first line are logged, never the text.
 */
import { FileResult } from '../linter';

export class EngineErrorLog {
  /** URI → the rules already logged for it. */
  private readonly logged = new Map<string, Set<string>>();

  constructor(private readonly write: (line: string) => void) {}

  report(uri: string, result: FileResult): void {
    for (const error of result.engineErrors) {
      let rules = this.logged.get(uri);
      if (!rules) {
        rules = new Set();
        this.logged.set(uri, rules);
      }
      if (!rules.has(error.ruleId)) {
        rules.add(error.ruleId);
        this.write(`Sipmon: rule ${error.ruleId} failed on ${uri}: ${error.message} (its findings are missing there, the other rules still ran; not logged again for this document while it stays open)`);
      }
    }
  }

  /** The document closed: a failure after it is reopened is logged again. */
  forget(uri: string): void {
    this.logged.delete(uri);
  }
}
