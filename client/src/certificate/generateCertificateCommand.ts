/**
 * "Sipmon: Generate self-signed cert": inputs from boxes (or from an argument object, for automation), the
 * generator behind a progress notification, files through workspace.fs, then the summary and the vhost offers.
 * Loaded only when the command runs (registerGenerateCertificate.ts): it brings in the X.509 library.
 */
import * as path from 'node:path';
import { ProgressLocation, TextDocument, Uri, window, workspace, WorkspaceEdit, Range } from 'vscode';
import { existingOutputs, GenerateOutcome, generateCertificate } from '../../../server/src/core/generate/certificate';
import { CertificateRequest, isKeyType } from '../../../server/src/core/generate/request';
import { vhostCertificateEdits } from '../../../server/src/formats/apache/certificateEdits';
import { promptForInputs } from './certificatePrompts';
import { WorkspaceOutputFolder, workspaceOutputFolder } from './workspaceOutputFolder';
import { workspacePrefill } from './workspacePrefill';

/** The command's argument object: the generator's inputs, and what to do afterwards without asking. */
export interface GenerateCertificateArguments {
  fqdn: string;
  dnsNames?: string[];
  ipAddresses?: string[];
  keyType?: string;
  days?: number;
  caCommonName?: string;
  caDays?: number;
  passphrase?: string;
  /** Sign with an existing CA: its certificate and key, as URIs or absolute paths. */
  caCertificate?: string;
  caKey?: string;
  /** URI or absolute path of an existing folder. */
  outputFolder: string;
  /** Replace existing files (otherwise they are a refusal). */
  replace?: boolean;
  openSummary?: boolean;
  /** URI or absolute path of an Apache file whose SSL virtual host should use the new files. */
  vhost?: string;
}

/** What the command returns, for automation and tests. */
export interface GenerateCertificateResult {
  ok: boolean;
  /** URIs of the written files. */
  files: string[];
  summary: string | undefined;
  problems: string[];
}

function uriOf(text: string): Uri {
  // A scheme has two letters or more: "C:\certs" is a Windows path.
  return /^[a-z][a-z0-9+.-]+:/i.test(text) ? Uri.parse(text) : Uri.file(text);
}

function isArguments(value: unknown): value is GenerateCertificateArguments {
  const candidate = value as Partial<GenerateCertificateArguments> | undefined;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.fqdn === 'string' && typeof candidate.outputFolder === 'string';
}

async function readText(text: string): Promise<string> {
  return new TextDecoder().decode(await workspace.fs.readFile(uriOf(text)));
}

function resultOf(outcome: GenerateOutcome, folder: Uri): GenerateCertificateResult {
  if (!outcome.ok) {
    return { ok: false, files: [], summary: undefined, problems: outcome.problems };
  }
  return {
    ok: true,
    files: outcome.files.map((file) => Uri.joinPath(folder, file.name).toString()),
    summary: Uri.joinPath(folder, outcome.names.summary).toString(),
    problems: [],
  };
}

function generateWithProgress(request: CertificateRequest, folder: WorkspaceOutputFolder, replace: boolean): Thenable<GenerateOutcome> {
  return window.withProgress({ location: ProgressLocation.Notification, title: 'Sipmon: generating the certificate' }, (progress) =>
    generateCertificate(request, folder, { replace, onProgress: (step) => progress.report({ message: step }) }));
}

/** Points the SSL virtual host of `document` at the new files; the reason when it cannot. */
async function useInVhost(document: TextDocument, request: CertificateRequest, outcome: Extract<GenerateOutcome, { ok: true }>): Promise<string | undefined> {
  const pathOf = (name: string): string => outcome.files.find((file) => file.name === name)?.path ?? name;
  const edits = vhostCertificateEdits(document.getText(), {
    certificatePath: pathOf(outcome.names.certificate),
    keyPath: pathOf(outcome.names.key),
    names: [request.fqdn.trim(), ...(request.dnsNames ?? [])],
  });
  if (!edits.ok) {
    return edits.problem;
  }
  const edit = new WorkspaceEdit();
  for (const { span, text } of edits.edits) {
    edit.replace(document.uri, new Range(document.positionAt(span.start), document.positionAt(span.end)), text);
  }
  return (await workspace.applyEdit(edit)) ? undefined : 'The edit could not be applied.';
}

async function runWithArguments(args: GenerateCertificateArguments): Promise<GenerateCertificateResult> {
  if (args.keyType !== undefined && !isKeyType(args.keyType)) {
    return { ok: false, files: [], summary: undefined, problems: [`Key type "${args.keyType}" is unknown.`] };
  }
  const request: CertificateRequest = {
    fqdn: args.fqdn,
    dnsNames: args.dnsNames,
    ipAddresses: args.ipAddresses,
    keyType: args.keyType,
    days: args.days,
    caCommonName: args.caCommonName,
    caDays: args.caDays,
    passphrase: args.passphrase,
  };
  if (args.caCertificate !== undefined || args.caKey !== undefined) {
    if (args.caCertificate === undefined || args.caKey === undefined) {
      return { ok: false, files: [], summary: undefined, problems: ['caCertificate and caKey go together.'] };
    }
    try {
      request.existingCa = { certificatePem: await readText(args.caCertificate), keyPem: await readText(args.caKey), certificateLocation: args.caCertificate };
    } catch (error) {
      return { ok: false, files: [], summary: undefined, problems: [`Cannot read the CA files: ${error instanceof Error ? error.message : String(error)}`] };
    }
  }
  const folderUri = uriOf(args.outputFolder);
  const outcome = await generateWithProgress(request, workspaceOutputFolder(folderUri), args.replace ?? false);
  const result = resultOf(outcome, folderUri);
  if (outcome.ok && args.vhost !== undefined) {
    const problem = await useInVhost(await workspace.openTextDocument(uriOf(args.vhost)), request, outcome);
    if (problem !== undefined) {
      result.problems.push(problem);
    }
  }
  if (outcome.ok && args.openSummary) {
    await window.showTextDocument(Uri.joinPath(folderUri, outcome.names.summary));
  }
  return result;
}

async function offerNextSteps(request: CertificateRequest, outcome: Extract<GenerateOutcome, { ok: true }>, folder: Uri, vhost: TextDocument | undefined): Promise<void> {
  const openSummary = 'Open summary';
  const useIt = vhost ? `Use in ${path.basename(vhost.uri.path)}` : undefined;
  const output = workspaceOutputFolder(folder);
  const modes = output.setsModes ? '' : ' This file system takes no permission modes: restrict the .key files yourself (chmod 400).';
  const choice = await window.showInformationMessage(
    `Sipmon: the certificate for ${request.fqdn.trim()} is in ${output.description}.${modes}`,
    ...[openSummary, ...(useIt ? [useIt] : [])],
  );
  if (choice === openSummary) {
    await window.showTextDocument(Uri.joinPath(folder, outcome.names.summary));
  } else if (choice !== undefined && vhost) {
    const problem = await useInVhost(vhost, request, outcome);
    if (problem !== undefined) {
      void window.showWarningMessage(`Sipmon: ${problem}`);
    }
  }
}

async function runInteractively(vhost: TextDocument | undefined): Promise<GenerateCertificateResult | undefined> {
  const inputs = await promptForInputs(await workspacePrefill());
  if (!inputs) {
    return undefined;
  }
  const folder = workspaceOutputFolder(inputs.folder);
  const existing = await existingOutputs(inputs.request, folder);
  if (existing.length > 0) {
    const replace = 'Replace';
    const answer = await window.showWarningMessage(`Replace ${existing.join(', ')} in ${folder.description}?`, { modal: true, detail: 'The files there now will be lost, keys included.' }, replace);
    if (answer !== replace) {
      return undefined;
    }
  }
  const outcome = await generateWithProgress(inputs.request, folder, existing.length > 0);
  if (!outcome.ok) {
    void window.showErrorMessage(`Sipmon: ${outcome.problems.join(' ')}`);
  } else {
    for (const warning of outcome.warnings) {
      void window.showWarningMessage(`Sipmon: ${warning}`);
    }
    void offerNextSteps(inputs.request, outcome, inputs.folder, vhost);
  }
  return resultOf(outcome, inputs.folder);
}

/** Runs the command: with an argument object, no prompt at all; otherwise the input boxes. */
export async function generateCertificateCommand(argument?: unknown): Promise<GenerateCertificateResult | undefined> {
  if (argument !== undefined) {
    return isArguments(argument)
      ? runWithArguments(argument)
      : { ok: false, files: [], summary: undefined, problems: ['The argument must be an object with at least fqdn and outputFolder.'] };
  }
  // The Apache file in front when the command starts is the one the user may want to update.
  const active = window.activeTextEditor?.document;
  try {
    return await runInteractively(active?.languageId === 'apacheconf' ? active : undefined);
  } catch (error) {
    // A file that could not be read (an existing CA), a folder that vanished: said, not thrown at VS Code.
    void window.showErrorMessage(`Sipmon: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
