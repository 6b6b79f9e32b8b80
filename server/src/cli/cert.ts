/** `sipmon-lint cert`: the certificate generator on the command line, from arguments to files and exit code. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkBeforeGenerating, generateCertificate } from '../core/generate/certificate';
import { isEncryptedKeyPem } from '../core/generate/keys';
import { CertificateRequest, ExistingCa } from '../core/generate/request';
import { CERT_USAGE, CertOptions, parseCertArgs } from './certArgs';
import { nodeOutputFolder } from './nodeOutputFolder';
import { displayPath } from './paths';
import { obtainPassphrase, PassphraseSource } from './passphrase';

const EXIT_WRITTEN = 0;
const EXIT_REFUSED = 2;

export interface CertIo extends PassphraseSource {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

type Read = { ok: true; text: string } | { ok: false; error: string };

function readPem(what: string, file: string, cwd: string): Read {
  try {
    return { ok: true, text: fs.readFileSync(path.resolve(cwd, file), 'utf8') };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Cannot read the ${what} ${file}: ${reason}.` };
  }
}

function existingCaOf(options: CertOptions, cwd: string): { ok: true; ca: ExistingCa | undefined } | { ok: false; error: string } {
  if (options.caCertificateFile === undefined || options.caKeyFile === undefined) {
    return { ok: true, ca: undefined };
  }
  const certificate = readPem('CA certificate', options.caCertificateFile, cwd);
  if (!certificate.ok) {
    return certificate;
  }
  const key = readPem('CA key', options.caKeyFile, cwd);
  if (!key.ok) {
    return key;
  }
  return { ok: true, ca: { certificatePem: certificate.text, keyPem: key.text, certificateLocation: path.resolve(cwd, options.caCertificateFile) } };
}

function lines(messages: readonly string[]): string {
  return messages.map((message) => `sipmon-lint cert: ${message}\n`).join('');
}

/** Runs `sipmon-lint cert` on the arguments after `cert` and returns the exit code. */
export async function runCert(argv: readonly string[], io: CertIo): Promise<number> {
  const parsed = parseCertArgs(argv);
  if (!parsed.ok) {
    io.stderr(`sipmon-lint cert: ${parsed.error}\n\n${CERT_USAGE}`);
    return EXIT_REFUSED;
  }
  const options = parsed.options;
  if (options.help) {
    io.stdout(CERT_USAGE);
    return EXIT_WRITTEN;
  }
  const existingCa = existingCaOf(options, io.cwd);
  if (!existingCa.ok) {
    io.stderr(lines([existingCa.error]));
    return EXIT_REFUSED;
  }
  const request: CertificateRequest = {
    fqdn: options.fqdn,
    dnsNames: options.dnsNames,
    ipAddresses: options.ipAddresses,
    keyType: options.keyType,
    days: options.days,
    caCommonName: options.caCommonName,
    caDays: options.caDays,
    existingCa: existingCa.ca,
  };
  const folder = nodeOutputFolder(path.resolve(io.cwd, options.outputFolder));
  const hint = 'Run again with --force to replace what exists.';

  try {
    const early = await checkBeforeGenerating(request, folder, options.force, true);
    if (!early.ok) {
      io.stderr(lines(early.kind === 'exists' ? [...early.problems, hint] : early.problems));
      return EXIT_REFUSED;
    }
  } catch (error) {
    io.stderr(lines([error instanceof Error ? error.message : String(error)]));
    return EXIT_REFUSED;
  }

  const passphraseNeeded = existingCa.ca === undefined || isEncryptedKeyPem(existingCa.ca.keyPem);
  if (passphraseNeeded) {
    const passphrase = await obtainPassphrase(io, existingCa.ca === undefined);
    if (!passphrase.ok) {
      io.stderr(lines([passphrase.error]));
      return EXIT_REFUSED;
    }
    request.passphrase = passphrase.passphrase;
  }

  const outcome = await generateCertificate(request, folder, { replace: options.force });
  if (!outcome.ok) {
    io.stderr(lines(outcome.kind === 'exists' ? [...outcome.problems, hint] : outcome.problems));
    return EXIT_REFUSED;
  }
  io.stderr(lines(outcome.warnings));
  const written = outcome.files.map((file) => `  ${displayPath(file.path, io.cwd)} (mode ${file.mode.toString(8).padStart(4, '0')})\n`).join('');
  const summary = outcome.files.find((file) => file.name === outcome.names.summary);
  io.stdout(`Wrote:\n${written}See ${displayPath(summary?.path ?? outcome.names.summary, io.cwd)} for the Apache lines and how to trust the CA.\n`);
  return EXIT_WRITTEN;
}
