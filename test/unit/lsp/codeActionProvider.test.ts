/** The code action provider on its own: matching by rule id, fixes that create files, judgement fixes, fix all of a rule. */
import * as assert from 'node:assert/strict';
import { CodeAction, CreateFile, Diagnostic, DiagnosticSeverity, TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Finding } from '../../../server/src/core/types';
import { FileResult } from '../../../server/src/linter';
import { provideCodeActions } from '../../../server/src/lsp/codeActions';

const URI = 'file:///etc/Sipmon-gorgone/config.d/40-gorgoned.yaml';
const TEXT = 'gorgone:\n  gorgonecore:\n    a: 1\n    b: 2\n';
const RULE = 'gorgone/fingerprint-mode-always';

function findingAt(value: string, extra: Partial<Finding> = {}): Finding {
  const start = TEXT.indexOf(value);
  return { ruleId: RULE, severity: 'warning', message: 'm', span: { start, end: start + value.length }, fixes: [{ title: `fix ${value}`, edits: [{ span: { start, end: start + value.length }, text: 'X' }] }], ...extra };
}

function actionsFor(findings: Finding[], diagnostic: Partial<Diagnostic> = {}): CodeAction[] {
  const document = TextDocument.create(URI, 'yaml', 3, TEXT);
  const result: FileResult = { format: 'gorgone', findings, engineErrors: [], configPath: undefined, configProblems: [], tooLarge: false };
  const range = { start: document.positionAt(findings[0].span.start), end: document.positionAt(findings[0].span.end) };
  const diagnostics: Diagnostic[] = [{ range, message: 'm', code: RULE, source: 'sipmon', severity: DiagnosticSeverity.Warning, ...diagnostic }];
  return provideCodeActions({ document, result, params: { textDocument: { uri: URI }, range, context: { diagnostics } }, relint: () => [] });
}

suite('code action provider', () => {
  test('findings are matched by the diagnostic code, never by message or position alone', () => {
    assert.ok(actionsFor([findingAt('1')], { message: 'another wording' }).length > 0);
    assert.deepEqual(actionsFor([findingAt('1')], { code: 'gorgone/other-rule' }), []);
    assert.deepEqual(actionsFor([findingAt('1')], { source: 'yaml' }), []);
  });

  test('a fix with new files creates them (never overwriting) before editing the document', () => {
    const finding = findingAt('1', { fixes: [{ title: 'write a key', edits: [], newFiles: [{ path: '/etc/Sipmon-gorgone/key.pem', text: 'KEY\n' }] }] });
    const [action] = actionsFor([finding]);
    assert.equal(action.title, 'write a key');
    const changes = action.edit?.documentChanges ?? [];
    assert.equal(changes.length, 2);
    assert.ok(CreateFile.is(changes[0]));
    assert.deepEqual(changes[0], { kind: 'create', uri: 'file:///etc/Sipmon-gorgone/key.pem', options: { overwrite: false, ignoreIfExists: false } });
    assert.ok(TextDocumentEdit.is(changes[1]));
    assert.deepEqual(changes[1].textDocument, { uri: 'file:///etc/Sipmon-gorgone/key.pem', version: null });
    assert.deepEqual(changes[1].edits, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'KEY\n' }]);
  });

  test('a fix that needs judgement is offered but not preferred', () => {
    const finding = findingAt('1', { fixes: [{ title: 'judge', edits: [{ span: { start: 0, end: 0 }, text: '#' }], needsJudgement: true }] });
    const [action] = actionsFor([finding]);
    assert.equal(action.title, 'judge');
    assert.equal(action.isPreferred, false);
  });

  test('"fix all of a rule" appears when the rule has more than one auto-fixable finding', () => {
    const titles = actionsFor([findingAt('1'), findingAt('2')]).map((action) => action.title);
    assert.ok(titles.includes(`Fix all ${RULE} problems in this file`), JSON.stringify(titles));
    assert.ok(titles.includes('Fix all auto-fixable problems'));
    const single = actionsFor([findingAt('1')]).map((action) => action.title);
    assert.ok(!single.some((title) => title.startsWith('Fix all')), JSON.stringify(single));
  });

  test('edits address the document version they were computed on', () => {
    const [action] = actionsFor([findingAt('1')]);
    const change = action.edit?.documentChanges?.[0];
    assert.ok(change && TextDocumentEdit.is(change));
    assert.deepEqual(change.textDocument, { uri: URI, version: 3 });
  });
});
