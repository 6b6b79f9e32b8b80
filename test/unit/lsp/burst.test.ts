/** 1,000 didChange notifications in a row for one document: the diagnostics end as those of the last version, and nothing stale follows. */
import * as assert from 'node:assert/strict';
import { Diagnostic, DiagnosticSeverity, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { workspaceOf } from '../../../server/src/core/workspace';
import { lintFile } from '../../../server/src/linter';
import { GORGONED } from '../../helpers/gorgoneTexts';
import { LspTestClient } from '../../helpers/lspClient';
import { TempWorkspace } from '../../helpers/tempWorkspace';

const LAST_VERSION = 1001;

/** Each version moves the findings (padding), flips one on and off, and only the last has a syntax error. */
function textAt(version: number): string {
  const padding = '# padding\n'.repeat(version % 7);
  const mode = version % 2 === 1 ? 'always' : 'first';
  const broken = version === LAST_VERSION ? '    key: @X@\n' : '';
  return `${padding}gorgone:\n  gorgonecore:\n    id: ${version}\n    fingerprint_mode: ${mode}\n${broken}`;
}

type Seen = [code: unknown, severity: DiagnosticSeverity | undefined, message: Diagnostic['message'], range: Diagnostic['range']];

function publishedFor(client: LspTestClient, uri: string, since: number): PublishDiagnosticsParams[] {
  return client.received.slice(since)
    .filter((message) => message.method === 'textDocument/publishDiagnostics')
    .map((message) => message.params as PublishDiagnosticsParams)
    .filter((params) => params.uri === uri);
}

function seen(diagnostics: readonly Diagnostic[]): Seen[] {
  return diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.message, diagnostic.range]);
}

/** What the linter itself finds in the final text, as the protocol would show it. */
function expectedFor(filePath: string, text: string): Seen[] {
  const result = lintFile({ path: filePath, text, workspace: workspaceOf({ [filePath]: text }) });
  assert.ok(result);
  const document = TextDocument.create('file:///expected', 'yaml', LAST_VERSION, text);
  const severities = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };
  return result.findings.map((finding) => [
    finding.ruleId,
    severities[finding.severity],
    finding.message,
    { start: document.positionAt(finding.span.start), end: document.positionAt(finding.span.end) },
  ]);
}

/**
 * Waits for the last version's diagnostics and flushes with a request; then versions must only have gone up (a stale
 * lint never overwrites a newer one), and the last diagnostics must be the last version's, exactly `expected`.
 */
async function assertEndsWithFinalDiagnostics(client: LspTestClient, uri: string, since: number, expected: Seen[]): Promise<void> {
  await client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (params) => params.uri === uri && params.version === LAST_VERSION, since);
  // A request answered after the burst: whatever the server sent before its answer has arrived.
  await client.hover(uri, 0, 0);
  const published = publishedFor(client, uri, since);
  const versions = published.map((params) => params.version ?? -1);
  assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `a stale version was published after a newer one: ${versions.join(', ')}`);
  const last = published[published.length - 1];
  assert.equal(last.version, LAST_VERSION);
  assert.deepEqual(seen(last.diagnostics), expected);
}

/** Typed one character per change after {@link TYPED_BASE}: keys and values half-written most of the way. */
const TYPED_BASE = 'gorgone:\n  gorgonecore:\n    fingerprint_mode: always\n';
const TYPED = Array.from({ length: 100 }, (_, index) => `    k${String(index).padStart(3, '0')}: ${index % 3 === 0 ? '[' : 'v'}\n`).join('').slice(0, LAST_VERSION - 1);

async function burst(client: LspTestClient, uri: string): Promise<void> {
  for (let version = 2; version <= LAST_VERSION; version++) {
    // Awaited only until the notification is written: no diagnostics are waited for in between.
    assert.equal(await client.change(uri, textAt(version)), version);
  }
}

suite('LSP: a burst of 1,000 changes', () => {
  let workspace: TempWorkspace;
  suiteSetup(() => {
    workspace = new TempWorkspace();
  });
  suiteTeardown(() => workspace?.remove());

  test('pushed: the last diagnostics are for version 1001, exactly the final text\'s, and none older follow', async () => {
    const client = await LspTestClient.start({ configuration: true });
    try {
      const uri = workspace.write(`push/${GORGONED}`, textAt(1));
      const expected = expectedFor(workspace.path(`push/${GORGONED}`), textAt(LAST_VERSION));
      assert.deepEqual(expected.map(([code]) => code), ['gorgone/fingerprint-mode-always', 'gorgone/syntax'], 'the final text has its own findings');

      const since = client.mark();
      await client.open(uri, textAt(1));
      await burst(client, uri);
      await assertEndsWithFinalDiagnostics(client, uri, since, expected);
    } finally {
      await client.stop();
    }
  });

  test('pushed, typed one character per incremental change: the last diagnostics are the final text\'s', async () => {
    const client = await LspTestClient.start();
    try {
      const uri = workspace.write(`typed/${GORGONED}`, TYPED_BASE);
      const finalText = TYPED_BASE + TYPED;
      const expected = expectedFor(workspace.path(`typed/${GORGONED}`), finalText);
      assert.ok(expected.some(([code]) => code === 'gorgone/syntax'), 'the unclosed flow sequences are syntax errors');

      const since = client.mark();
      await client.open(uri, TYPED_BASE);
      for (let typed = 0; typed < TYPED.length; typed++) {
        await client.insert(uri, TYPED_BASE.length + typed, TYPED[typed]);
      }
      assert.equal(client.version(uri), LAST_VERSION);
      assert.equal(client.text(uri), finalText);
      await assertEndsWithFinalDiagnostics(client, uri, since, expected);
    } finally {
      await client.stop();
    }
  });

  test('pulled: the answer after the burst is exactly the final text\'s diagnostics', async () => {
    const client = await LspTestClient.start({ pullDiagnostics: true, configuration: true });
    try {
      const uri = workspace.write(`pull/${GORGONED}`, textAt(1));
      await client.open(uri, textAt(1));
      await burst(client, uri);
      const report = await client.pull(uri);
      assert.equal(report.kind, 'full');
      assert.deepEqual(seen(report.kind === 'full' ? report.items : []), expectedFor(workspace.path(`pull/${GORGONED}`), textAt(LAST_VERSION)));
    } finally {
      await client.stop();
    }
  });
});
