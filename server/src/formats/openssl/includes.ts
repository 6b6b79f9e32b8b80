/** The sections of the files an openssl.cnf pulls in with `.include`, when they can be read from here. */
import { WorkspaceView } from '../../core/workspace';
import { IniDocument } from '../ini/model';
import { parseIniCached } from '../ini/parser';

export interface IncludedSections {
  names: Set<string>;
  /** Whether some `.include` could not be read: a section may then exist that is not seen here. */
  incomplete: boolean;
}

const MAX_DEPTH = 8;

function folderOf(path: string): string {
  return path.slice(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')));
}

/**
 * OpenSSL resolves a relative include against OPENSSL_CONF_INCLUDE or the working directory, neither known
 * to a linter; the folder of the including file is the usual layout, so it is tried, and a miss counts as unknown.
 * A folder includes its `*.cnf` and `*.conf` files.
 */
export function includedSections(doc: IniDocument, path: string | undefined, workspace: WorkspaceView, depth = 0): IncludedSections {
  const result: IncludedSections = { names: new Set(), incomplete: false };
  for (const directive of doc.directives.filter((candidate) => candidate.name === '.include')) {
    const target = directive.value.trim();
    const absolute = /^([/\\]|[A-Za-z]:)/.test(target);
    const resolved = absolute ? target : path ? `${folderOf(path)}/${target}` : undefined;
    const listing = resolved === undefined ? undefined : workspace.listDirectory(resolved);
    const files = resolved === undefined ? [] : listing ? listing.filter((name) => /\.(cnf|conf)$/.test(name)).map((name) => `${resolved}/${name}`) : [resolved];
    if (files.length === 0 && listing === undefined) {
      result.incomplete = true;
    }
    for (const file of files) {
      const text = workspace.readFile(file);
      if (text === undefined || depth >= MAX_DEPTH) {
        result.incomplete = true;
        continue;
      }
      const included = parseIniCached(text, 'openssl');
      included.sections.forEach((section) => result.names.add(section.name));
      const nested = includedSections(included, file, workspace, depth + 1);
      nested.names.forEach((name) => result.names.add(name));
      result.incomplete ||= nested.incomplete;
    }
  }
  return result;
}
