/**
 * The self-signed certificate generator used by the editor command and `sipmon-lint cert`: a CA (new or
 * existing) and a server certificate, written all or nothing into an injected folder. No `vscode`, no `fs`.
 */
import { Authority, createAuthority, loadAuthority } from './authority';
import { caKeyTypeFor } from './keys';
import { createServerMaterial } from './leaf';
import { OutputFolder, PlannedFile, writeAllOrNothing, WriteError } from './outputFolder';
import { allOutputNames, OutputNames, outputNames } from './outputNames';
import { CertificateRequest, KEY_TYPE_LABELS, ValidRequest } from './request';
import { validityFrom } from './serial';
import { summaryText } from './summary';
import { validateRequest } from './validateRequest';

const KEY_MODE = 0o400;
const PUBLIC_MODE = 0o644;

export interface GenerateOptions {
  /** Replace existing files: `--force`, or the user confirmed. */
  replace: boolean;
  /** The start of the validity periods (tests fix it). */
  now?: Date;
  /** Told each step, for a progress display. */
  onProgress?: (step: string) => void;
}

export interface WrittenFile {
  name: string;
  /** As `OutputFolder.pathOf` gives it. */
  path: string;
  mode: number;
}

export type GenerateOutcome =
  | { ok: true; files: WrittenFile[]; names: OutputNames; summary: string; warnings: string[] }
  /** invalid: bad input; exists: files would be replaced; write: the folder refused; error: an unexpected failure. */
  | { ok: false; kind: 'invalid' | 'exists' | 'write' | 'error'; problems: string[] };

/** The files of `request` that already exist in `folder`: what a confirmation must name. Empty for an invalid request. */
export async function existingOutputs(request: CertificateRequest, folder: OutputFolder): Promise<string[]> {
  const validation = validateRequest(request, true);
  if (!validation.ok) {
    return [];
  }
  const existing: string[] = [];
  for (const name of allOutputNames(outputNames(validation.request))) {
    if (await folder.exists(name)) {
      existing.push(name);
    }
  }
  return existing;
}

type Failure = Extract<GenerateOutcome, { ok: false }>;
type Plan = { ok: true; files: PlannedFile[]; names: OutputNames; summary: string } | Failure;

/** Makes the keys and certificates (nothing is written yet) and the files to write. */
async function plan(request: ValidRequest, folder: OutputFolder, options: GenerateOptions, now: Date): Promise<Plan> {
  const progress = options.onProgress ?? (() => undefined);
  const names = outputNames(request);
  const leafValidity = validityFrom(now, request.days);
  let authority: Authority;
  let caFiles: PlannedFile[] = [];
  let caCertificatePath: string;
  if (request.existingCa) {
    progress('Reading the CA');
    const loaded = await loadAuthority(request.existingCa, request.existingCa.passphrase, request.fqdn, leafValidity, now);
    if (!loaded.ok) {
      return { ok: false, kind: 'invalid', problems: loaded.problems };
    }
    authority = loaded.authority;
    caCertificatePath = request.existingCa.certificateLocation;
  } else if (request.newCa && names.caKey !== undefined && names.caCertificate !== undefined) {
    progress('Creating the CA');
    const created = await createAuthority(request.newCa.commonName, caKeyTypeFor(request.keyType), request.newCa.days, request.newCa.passphrase, now);
    authority = created;
    caFiles = [
      { name: names.caKey, text: created.encryptedKeyPem, mode: KEY_MODE },
      { name: names.caCertificate, text: created.certificate.toString('pem') + '\n', mode: PUBLIC_MODE },
    ];
    caCertificatePath = folder.pathOf(names.caCertificate);
  } else {
    return { ok: false, kind: 'error', problems: ['The request names neither a new CA nor an existing one.'] };
  }

  progress('Creating the server key and certificate');
  const server = await createServerMaterial(request, authority, leafValidity);
  const summary = summaryText({
    request,
    server: server.certificate,
    authority: authority.certificate,
    newCaKeyLabel: request.newCa ? KEY_TYPE_LABELS[caKeyTypeFor(request.keyType)] : undefined,
    names,
    pathOf: (name) => folder.pathOf(name),
    caCertificatePath,
  });
  const files: PlannedFile[] = [
    { name: names.key, text: server.keyPem, mode: KEY_MODE },
    { name: names.csr, text: server.csr.toString('pem') + '\n', mode: PUBLIC_MODE },
    { name: names.certificate, text: server.certificate.toString('pem') + '\n', mode: PUBLIC_MODE },
    ...caFiles,
    { name: names.summary, text: summary, mode: PUBLIC_MODE },
  ];
  return { ok: true, files, names, summary };
}

/**
 * Every check that needs no key material: the inputs, the folder, and files that would be replaced without
 * `replace`. A command line runs it before asking for the passphrase (`passphraseLater`), so that a typo in a
 * name is reported before the user types a passphrase twice.
 */
export async function checkBeforeGenerating(request: CertificateRequest, folder: OutputFolder, replace: boolean, passphraseLater = false): Promise<Failure | { ok: true; request: ValidRequest }> {
  const validation = validateRequest(request, passphraseLater);
  if (!validation.ok) {
    return { ok: false, kind: 'invalid', problems: validation.problems };
  }
  const folderProblem = await folder.writableProblem();
  if (folderProblem !== undefined) {
    return { ok: false, kind: 'write', problems: [folderProblem] };
  }
  const existing = replace ? [] : await existingOutputs(request, folder);
  if (existing.length > 0) {
    return { ok: false, kind: 'exists', problems: [`${existing.join(', ')} already ${existing.length > 1 ? 'exist' : 'exists'} in ${folder.description}: nothing was written.`] };
  }
  return validation;
}

/**
 * Checks the request and the folder, refuses to replace files unless `options.replace`, makes the keys and
 * certificates, then writes every file or none. Never throws; the passphrase appears in no message.
 */
export async function generateCertificate(request: CertificateRequest, folder: OutputFolder, options: GenerateOptions): Promise<GenerateOutcome> {
  try {
    const checked = await checkBeforeGenerating(request, folder, options.replace);
    if (!checked.ok) {
      return checked;
    }
    const planned = await plan(checked.request, folder, options, options.now ?? new Date());
    if (!planned.ok) {
      return planned;
    }
    options.onProgress?.('Writing the files');
    const warnings = await writeAllOrNothing(folder, planned.files, options.replace);
    return {
      ok: true,
      files: planned.files.map((file) => ({ name: file.name, path: folder.pathOf(file.name), mode: file.mode })),
      names: planned.names,
      summary: planned.summary,
      warnings,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, kind: error instanceof WriteError ? 'write' : 'error', problems: [message] };
  }
}
