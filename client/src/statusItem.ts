/** The language status item: "Sipmon" with the state of the language server; clicking it shows the output. */
import { Disposable, DocumentSelector, LanguageStatusSeverity, languages } from 'vscode';
import { State } from 'vscode-languageclient/node';
import { LanguageServer } from './languageServer';

function describe(state: State): { detail: string; severity: LanguageStatusSeverity; busy: boolean } {
  switch (state) {
    case State.Starting:
      return { detail: 'starting', severity: LanguageStatusSeverity.Information, busy: true };
    case State.Running:
      return { detail: 'running', severity: LanguageStatusSeverity.Information, busy: false };
    case State.StartFailed:
      return { detail: 'failed to start', severity: LanguageStatusSeverity.Error, busy: false };
    case State.Stopped:
      return { detail: 'stopped', severity: LanguageStatusSeverity.Warning, busy: false };
  }
}

export function createStatusItem(server: LanguageServer, selector: DocumentSelector): Disposable {
  const item = languages.createLanguageStatusItem('sipmon.status', selector);
  item.name = 'Sipmon Config Lint';
  item.text = 'Sipmon';
  item.command = { title: 'Show output', command: 'sipmon.showOutput' };
  const show = (state: State): void => {
    const { detail, severity, busy } = describe(state);
    item.detail = `language server ${detail}`;
    item.severity = severity;
    item.busy = busy;
  };
  show(server.state);
  return Disposable.from(item, server.onDidChangeState(show));
}
