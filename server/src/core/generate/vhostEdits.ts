/**
 * Pointing an Apache virtual host at new certificate files: the edits that set the arguments of
 * SSLCertificateFile and SSLCertificateKeyFile (or add them after SSLEngine) in the right `<VirtualHost>`.
 */
import { Edit, Span } from '../types';

export interface VhostTarget {
  certificatePath: string;
  keyPath: string;
  /** The certificate's DNS names: a virtual host whose ServerName or ServerAlias is one of them is the one to edit. */
  names: readonly string[];
}

export type VhostEdits = { ok: true; edits: Edit[] } | { ok: false; problem: string };

interface Directive {
  name: string;
  args: string;
  argsSpan: Span;
  /** End of the line's text, before its line break. */
  lineEnd: number;
  indent: string;
}

interface Block {
  directives: Directive[];
}

const CERTIFICATE = 'sslcertificatefile';
const KEY = 'sslcertificatekeyfile';

function parseBlocks(text: string): Block[] {
  const global: Block = { directives: [] };
  const blocks: Block[] = [global];
  let current = global;
  let offset = 0;
  for (const line of text.split('\n')) {
    const content = line.endsWith('\r') ? line.slice(0, -1) : line;
    const lineEnd = offset + content.length;
    const tag = /^\s*<(\/?)([A-Za-z]+)/.exec(content);
    const directive = /^(\s*)([A-Za-z][\w-]*)(?:\s+(.*?))?\s*$/.exec(content);
    if (tag) {
      // Other containers (<IfModule>, <Directory>...) belong to the virtual host around them.
      if (tag[2].toLowerCase() === 'virtualhost') {
        current = tag[1] === '' ? { directives: [] } : global;
        if (tag[1] === '') {
          blocks.push(current);
        }
      }
    } else if (directive) {
      const [, indent, name, args = ''] = directive;
      const argsStart = offset + content.indexOf(args, indent.length + name.length);
      current.directives.push({ name: name.toLowerCase(), args, argsSpan: { start: argsStart, end: argsStart + args.length }, lineEnd, indent });
    }
    offset += line.length + 1;
  }
  return blocks;
}

function isSslBlock(block: Block): boolean {
  return block.directives.some((directive) => directive.name === CERTIFICATE || directive.name === KEY || (directive.name === 'sslengine' && /^on$/i.test(directive.args)));
}

function servesOneOf(block: Block, names: readonly string[]): boolean {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  return block.directives
    .filter((directive) => directive.name === 'servername' || directive.name === 'serveralias')
    .flatMap((directive) => directive.args.split(/\s+/))
    .some((value) => wanted.has(value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/:\d+$/, '').toLowerCase()));
}

/** An Apache argument: quoted when it holds spaces or quotes. */
function argument(path: string): string {
  return /[\s"]/.test(path) ? `"${path.replace(/(["\\])/g, '\\$1')}"` : path;
}

function blockEdits(block: Block, target: VhostTarget, lineBreak: string): Edit[] {
  const edits: Edit[] = [];
  const missing: string[] = [];
  for (const [name, path, written] of [[CERTIFICATE, target.certificatePath, 'SSLCertificateFile'], [KEY, target.keyPath, 'SSLCertificateKeyFile']] as const) {
    const present = block.directives.filter((directive) => directive.name === name);
    edits.push(...present.map((directive) => ({ span: directive.argsSpan, text: argument(path) })));
    if (present.length === 0) {
      missing.push(`${written} ${argument(path)}`);
    }
  }
  if (missing.length > 0) {
    // After the last SSL directive there is (SSLEngine at least, or the other certificate directive).
    const anchor = [...block.directives].reverse().find((directive) => directive.name === CERTIFICATE || directive.name === KEY || directive.name === 'sslengine');
    if (anchor) {
      edits.push({ span: { start: anchor.lineEnd, end: anchor.lineEnd }, text: missing.map((line) => `${lineBreak}${anchor.indent}${line}`).join('') });
    }
  }
  return edits.sort((left, right) => left.span.start - right.span.start);
}

/**
 * The edits for `apacheConf`. The virtual hosts with SSL directives are the candidates; those serving one of
 * the certificate's names are chosen, else the only candidate. Several candidates and none named: no guess.
 */
export function vhostCertificateEdits(apacheConf: string, target: VhostTarget): VhostEdits {
  const candidates = parseBlocks(apacheConf).filter(isSslBlock);
  if (candidates.length === 0) {
    return { ok: false, problem: 'This file has no SSL virtual host (no SSLEngine on, SSLCertificateFile or SSLCertificateKeyFile).' };
  }
  const named = candidates.filter((block) => servesOneOf(block, target.names));
  const chosen = named.length > 0 ? named : candidates.length === 1 ? candidates : [];
  if (chosen.length === 0) {
    return { ok: false, problem: `This file has several SSL virtual hosts and none serves ${target.names[0] ?? 'the certificate\'s names'}: edit the right one by hand.` };
  }
  const lineBreak = apacheConf.includes('\r\n') ? '\r\n' : '\n';
  return { ok: true, edits: chosen.flatMap((block) => blockEdits(block, target, lineBreak)) };
}
