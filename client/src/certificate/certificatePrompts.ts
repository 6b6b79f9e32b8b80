/** The input boxes of "Sipmon: Generate self-signed cert": each value checked as it is typed, by the generator's own rules. */
import * as path from 'node:path';
import { QuickPickItem, Uri, window, workspace } from 'vscode';
import { dnsNameProblem, fqdnProblem, ipProblem } from '../../../server/src/core/generate/names';
import { Prefill } from '../../../server/src/core/generate/prefill';
import {
  CertificateRequest, DEFAULT_KEY_TYPE, DEFAULT_LEAF_DAYS, defaultCaCommonName, ExistingCa, KEY_TYPE_LABELS, KEY_TYPES, KeyType, MAX_LEAF_DAYS,
} from '../../../server/src/core/generate/request';
import { caCommonNameProblem, daysProblem, passphraseProblem } from '../../../server/src/core/generate/validateRequest';
import { isEncryptedKeyPem } from '../../../server/src/core/generate/keys';

const TITLE = 'Sipmon: Generate self-signed cert';

export interface PromptedInputs {
  request: CertificateRequest;
  folder: Uri;
}

/** A list typed as "a, b c": commas and spaces both separate. */
export function splitList(text: string): string[] {
  return text.split(/[\s,]+/).filter((item) => item !== '');
}

function listProblem(text: string, problem: (item: string) => string | undefined): string | undefined {
  for (const item of splitList(text)) {
    const found = problem(item);
    if (found !== undefined) {
      return `"${item}": ${found}`;
    }
  }
  return undefined;
}

async function readText(uri: Uri): Promise<string> {
  return new TextDecoder().decode(await workspace.fs.readFile(uri));
}

async function pickFile(openLabel: string): Promise<Uri | undefined> {
  const picked = await window.showOpenDialog({ title: TITLE, openLabel, canSelectFiles: true, canSelectFolders: false, canSelectMany: false, filters: { PEM: ['crt', 'pem', 'cer', 'key'], 'All files': ['*'] } });
  return picked?.[0];
}

async function existingCa(): Promise<ExistingCa | undefined> {
  const certificate = await pickFile('Use this CA certificate');
  const key = certificate && (await pickFile('Use this CA key'));
  if (!certificate || !key) {
    return undefined;
  }
  return { certificatePem: await readText(certificate), keyPem: await readText(key), certificateLocation: certificate.scheme === 'file' ? certificate.fsPath : certificate.toString(true) };
}

async function passphraseFor(ca: ExistingCa | undefined): Promise<string | undefined | null> {
  if (ca) {
    if (!isEncryptedKeyPem(ca.keyPem)) {
      return null;
    }
    return window.showInputBox({ title: TITLE, prompt: 'Passphrase of the CA key', password: true, ignoreFocusOut: true });
  }
  const first = await window.showInputBox({ title: TITLE, prompt: 'Passphrase for the new CA key (ca_demo.key is encrypted with it; it is stored nowhere)', password: true, ignoreFocusOut: true, validateInput: passphraseProblem });
  if (first === undefined) {
    return undefined;
  }
  const again = await window.showInputBox({ title: TITLE, prompt: 'The same passphrase again', password: true, ignoreFocusOut: true, validateInput: (text) => (text === first ? undefined : 'The two passphrases differ.') });
  return again === undefined ? undefined : first;
}

function defaultFolder(): Uri | undefined {
  const active = window.activeTextEditor?.document.uri;
  if (active && active.scheme === 'file') {
    return Uri.file(path.dirname(active.fsPath));
  }
  return workspace.workspaceFolders?.[0]?.uri;
}

/** Asks for every input; undefined when the user cancels one. */
export async function promptForInputs(prefill: Prefill): Promise<PromptedInputs | undefined> {
  const fqdn = await window.showInputBox({ title: TITLE, prompt: 'Server FQDN: the certificate\'s CN and first DNS name', value: prefill.fqdn, ignoreFocusOut: true, validateInput: (text) => fqdnProblem(text.trim()) });
  if (fqdn === undefined) {
    return undefined;
  }
  const dnsNames = await window.showInputBox({ title: TITLE, prompt: 'Other DNS names (optional, separated by commas or spaces)', value: prefill.dnsNames.join(', '), ignoreFocusOut: true, validateInput: (text) => listProblem(text, dnsNameProblem) });
  if (dnsNames === undefined) {
    return undefined;
  }
  const ipAddresses = await window.showInputBox({ title: TITLE, prompt: 'IP addresses (optional; with HA, the VIP and the node\'s own address)', value: prefill.ipAddresses.join(', '), ignoreFocusOut: true, validateInput: (text) => listProblem(text, ipProblem) });
  if (ipAddresses === undefined) {
    return undefined;
  }
  const keyItems: (QuickPickItem & { keyType: KeyType })[] = KEY_TYPES.map((keyType) => ({ label: KEY_TYPE_LABELS[keyType], description: keyType === DEFAULT_KEY_TYPE ? 'default' : undefined, keyType }));
  const key = await window.showQuickPick(keyItems, { title: TITLE, placeHolder: 'Key type of the server key', ignoreFocusOut: true });
  if (!key) {
    return undefined;
  }
  const days = await window.showInputBox({ title: TITLE, prompt: `Validity of the server certificate in days (at most ${MAX_LEAF_DAYS})`, value: String(DEFAULT_LEAF_DAYS), ignoreFocusOut: true, validateInput: (text) => daysProblem('The validity', Number(text), MAX_LEAF_DAYS) });
  if (days === undefined) {
    return undefined;
  }
  const caChoice = await window.showQuickPick(['Create a new CA (ca_demo.key, ca_demo.crt)', 'Sign with an existing CA…'], { title: TITLE, ignoreFocusOut: true });
  if (caChoice === undefined) {
    return undefined;
  }
  let ca: ExistingCa | undefined;
  let caCommonName: string | undefined;
  if (caChoice.startsWith('Sign')) {
    ca = await existingCa();
    if (!ca) {
      return undefined;
    }
  } else {
    caCommonName = await window.showInputBox({ title: TITLE, prompt: 'Common name of the new CA (must differ from the server\'s)', value: defaultCaCommonName(fqdn.trim()), ignoreFocusOut: true, validateInput: (text) => caCommonNameProblem(text.trim(), fqdn.trim()) });
    if (caCommonName === undefined) {
      return undefined;
    }
  }
  const passphrase = await passphraseFor(ca);
  if (passphrase === undefined) {
    return undefined;
  }
  const folder = await window.showOpenDialog({ title: TITLE, openLabel: 'Write the files here', canSelectFiles: false, canSelectFolders: true, canSelectMany: false, defaultUri: defaultFolder() });
  if (!folder?.[0]) {
    return undefined;
  }
  return {
    request: {
      fqdn,
      dnsNames: splitList(dnsNames),
      ipAddresses: splitList(ipAddresses),
      keyType: key.keyType,
      days: Number(days),
      caCommonName,
      passphrase: passphrase ?? undefined,
      existingCa: ca,
    },
    folder: folder[0],
  };
}
