/** Gathers the openssl.cnf and Apache texts of the workspace that the certificate inputs are prefilled from. */
import { TextDocument, Uri, window, workspace } from 'vscode';
import { Prefill, prefillFrom } from '../../../server/src/core/generate/prefill';

/** Enough to find the guide's files without walking a big workspace. */
const MAX_FILES = 10;
const EXCLUDE = '**/{node_modules,.git}/**';

async function readText(uri: Uri): Promise<string> {
  try {
    return new TextDecoder().decode(await workspace.fs.readFile(uri));
  } catch {
    return '';
  }
}

/** Open documents of a language (the active one first), else files of the workspace matching `glob`. */
async function texts(languageId: string, glob: string): Promise<string[]> {
  const active = window.activeTextEditor?.document;
  const open = [active, ...workspace.textDocuments].filter((document): document is TextDocument => document?.languageId === languageId);
  if (open.length > 0) {
    return [...new Set(open)].map((document) => document.getText());
  }
  const found = await workspace.findFiles(glob, EXCLUDE, MAX_FILES);
  return Promise.all(found.map(readText));
}

/** The FQDN, DNS names and IP addresses the workspace suggests. */
export async function workspacePrefill(): Promise<Prefill> {
  const [opensslConfs, apacheConfs] = await Promise.all([
    texts('opensslcnf', '{**/*openssl*.cnf,**/*-ext.cnf}'),
    texts('apacheconf', '{**/httpd/**/*.conf,**/apache2/**/*.conf,**/*apache*.conf}'),
  ]);
  return prefillFrom(opensslConfs, apacheConfs);
}
