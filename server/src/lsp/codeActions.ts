/** Code actions in vscode-eslint's shape: fix this, fix all of a rule, fix all, disable for line / file, show documentation. */
import { CodeAction, CodeActionKind, CodeActionParams, Command, Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FILE_TOO_LARGE_ID } from '../core/fileSize';
import { isAutoApplicable } from '../core/fixes';
import { commentSyntaxOf } from '../core/format';
import { disableForFileEdit, disableForLineEdit, UNKNOWN_RULE_ID, UNUSED_SUPPRESSION_ID } from '../core/suppressions';
import { Finding, Span } from '../core/types';
import { formatById } from '../formats';
import { FileResult } from '../linter';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND, SHOW_DOCUMENTATION_COMMAND } from '../protocol';
import { fixToWorkspaceEdit, versionedEdit } from './edits';
import { fixAllPasses } from './fixAll';

export const FIX_ALL_TITLE = 'Fix all auto-fixable problems';

/** Findings about suppression comments themselves, which a suppression comment cannot silence, and about a file whose comments are not read. */
const UNSUPPRESSIBLE = new Set([UNKNOWN_RULE_ID, UNUSED_SUPPRESSION_ID, FILE_TOO_LARGE_ID]);

export interface CodeActionInput {
  /** The document at the version `result` was computed for. */
  document: TextDocument;
  result: FileResult;
  params: CodeActionParams;
  /** Lints another text of the same document (fix-all passes). */
  relint(text: string): readonly Finding[] | undefined;
}

/** Whether a requested `only` list asks for actions of `kind` (a kind also matches its parents, e.g. `source`). */
function requested(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

function touches(span: Span, range: Span): boolean {
  return span.start <= range.end && range.start <= span.end;
}

function hasAutoFix(finding: Finding): boolean {
  return finding.fixes[0] !== undefined && isAutoApplicable(finding.fixes[0]);
}

export function provideCodeActions(input: CodeActionInput): CodeAction[] {
  const { params } = input;
  const actions: CodeAction[] = [];
  if (requested(params.context.only, CodeActionKind.QuickFix)) {
    actions.push(...quickFixes(input));
  }
  // Source actions only when asked for by kind (codeActionsOnSave, the Source Action menu), as vscode-eslint does.
  if (params.context.only !== undefined && requested(params.context.only, FIX_ALL_KIND)) {
    const edits = fixAllPasses(input.document.getText(), input.result.findings, input.relint);
    if (edits.length > 0) {
      actions.push(CodeAction.create(FIX_ALL_TITLE, versionedEdit(input.document, edits), FIX_ALL_KIND));
    }
  }
  return actions;
}

interface RuleContext extends CodeActionInput {
  text: string;
  /** The diagnostics of the request that are ours. */
  ours: Diagnostic[];
}

function quickFix(title: string): CodeAction {
  return CodeAction.create(title, CodeActionKind.QuickFix);
}

function quickFixes(input: CodeActionInput): CodeAction[] {
  const { document, result, params, relint } = input;
  const text = document.getText();
  const range = { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) };
  const ours = params.context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && typeof diagnostic.code === 'string');
  const matched = result.findings.filter((finding) => touches(finding.span, range) && ours.some((diagnostic) => diagnostic.code === finding.ruleId));
  const actions = [...new Set(matched.map((finding) => finding.ruleId))].flatMap((ruleId) =>
    ruleActions({ ...input, text, ours }, ruleId, matched.filter((finding) => finding.ruleId === ruleId)));
  if (matched.length > 0 && result.findings.filter(hasAutoFix).length > 1) {
    const edits = fixAllPasses(text, result.findings, relint);
    if (edits.length > 0) {
      const action = quickFix(FIX_ALL_TITLE);
      action.edit = versionedEdit(document, edits);
      actions.push(action);
    }
  }
  return actions;
}

/** The actions for the findings of one rule under the cursor, in vscode-eslint's order. */
function ruleActions({ document, result, relint, text, ours }: RuleContext, ruleId: string, findings: Finding[]): CodeAction[] {
  const diagnostics = ours.filter((diagnostic) => diagnostic.code === ruleId);
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    finding.fixes.forEach((fix, index) => {
      const action = quickFix(fix.title);
      action.edit = fixToWorkspaceEdit(document, fix);
      action.diagnostics = diagnostics;
      action.isPreferred = index === 0 && !fix.needsJudgement;
      actions.push(action);
    });
  }
  if (result.findings.filter((finding) => finding.ruleId === ruleId && hasAutoFix(finding)).length > 1) {
    const edits = fixAllPasses(text, result.findings, relint, (finding) => finding.ruleId === ruleId);
    if (edits.length > 0) {
      const action = quickFix(`Fix all ${ruleId} problems in this file`);
      action.edit = versionedEdit(document, edits);
      action.diagnostics = diagnostics;
      actions.push(action);
    }
  }
  const format = formatById(result.format);
  const comment = format && commentSyntaxOf(format, text);
  if (comment && !UNSUPPRESSIBLE.has(ruleId)) {
    // Two findings of a rule on one line need one comment, not two.
    const lineEdits = new Map(findings.map((finding) => {
      const edit = disableForLineEdit(text, comment, finding);
      return [edit.span.start, edit] as const;
    }));
    for (const edit of lineEdits.values()) {
      const action = quickFix(`Disable ${ruleId} for this line`);
      action.edit = versionedEdit(document, [edit]);
      actions.push(action);
    }
    const action = quickFix(`Disable ${ruleId} for this file`);
    action.edit = versionedEdit(document, [disableForFileEdit(text, comment, ruleId)]);
    actions.push(action);
  }
  const docs = quickFix(`Show documentation for ${ruleId}`);
  docs.command = Command.create(`Show documentation for ${ruleId}`, SHOW_DOCUMENTATION_COMMAND, ruleId);
  actions.push(docs);
  return actions;
}
