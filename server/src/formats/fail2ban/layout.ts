/**
 * The files fail2ban reads for its jails, in its order: jail.conf, jail.d/*.conf, jail.local, jail.d/*.local,
 * each preceded and followed by the files its [INCLUDES] section names (before/after).
 */
import { WorkspaceView } from '../../core/workspace';
import { IniDocument, lastEntry } from '../ini/model';
import { parseIniCached } from '../ini/parser';

/** `main`: jail.conf, which upgrades overwrite. `override`: jail.local and jail.d/*, where changes belong. `include`: named by [INCLUDES]. */
export type JailFileRole = 'main' | 'override' | 'include';

export interface JailFile {
  /** Absolute path, or '' for an unsaved buffer. */
  path: string;
  role: JailFileRole;
  doc: IniDocument;
  text: string;
  /** Whether this is the linted file itself. */
  own: boolean;
}

interface PathParts {
  folder: string;
  name: string;
  separator: string;
}

function splitPath(path: string): PathParts {
  const at = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return { folder: path.slice(0, Math.max(at, 0)), name: path.slice(at + 1), separator: at >= 0 ? path[at] : '/' };
}

/** The fail2ban folder a jail file belongs to (the one holding jail.conf), when its path says so. */
export function jailBaseFolder(path: string | undefined): string | undefined {
  if (!path) {
    return undefined;
  }
  const { folder, name } = splitPath(path);
  if (name === 'jail.conf' || name === 'jail.local') {
    return folder;
  }
  const parent = splitPath(folder);
  return parent.name === 'jail.d' && /\.(conf|local)$/.test(name) ? parent.folder : undefined;
}

/** Whether changes to this file survive upgrades: anything but jail.conf. */
export function roleOf(path: string | undefined): JailFileRole {
  return path !== undefined && splitPath(path).name === 'jail.conf' ? 'main' : 'override';
}

/** The jail files in fail2ban's load order, the linted one included; just the linted one when its folder is unknown. */
export function jailFiles(path: string | undefined, text: string, doc: IniDocument, workspace: WorkspaceView): JailFile[] {
  const own: JailFile = { path: path ?? '', role: roleOf(path), doc, text, own: true };
  const base = jailBaseFolder(path);
  if (base === undefined || path === undefined) {
    return [own];
  }
  const separator = splitPath(path).separator;
  const join = (...parts: string[]) => parts.join(separator);
  const dropInFolder = join(base, 'jail.d');
  // The linted file counts even when the workspace does not list it (an unsaved new file).
  const ownDropIn = splitPath(path).folder === dropInFolder ? [splitPath(path).name] : [];
  const dropIn = [...new Set([...(workspace.listDirectory(dropInFolder) ?? []), ...ownDropIn])].sort();
  const ordered = [
    join(base, 'jail.conf'),
    ...dropIn.filter((name) => name.endsWith('.conf')).map((name) => join(dropInFolder, name)),
    join(base, 'jail.local'),
    ...dropIn.filter((name) => name.endsWith('.local')).map((name) => join(dropInFolder, name)),
  ];
  const read = (file: string): JailFile | undefined => {
    if (file === path) {
      return own;
    }
    const content = workspace.readFile(file);
    return content === undefined ? undefined : { path: file, role: roleOf(file), doc: parseIniCached(content, 'fail2ban'), text: content, own: false };
  };
  return ordered.flatMap((file) => {
    const loaded = read(file);
    return loaded ? withIncludes(loaded, workspace, [file]) : [];
  });
}

/** A file between the files its [INCLUDES] names before and after it (with their `.local` twins), recursively. */
function withIncludes(file: JailFile, workspace: WorkspaceView, seen: string[]): JailFile[] {
  const names = (option: 'before' | 'after') => (lastEntry(file.doc, 'INCLUDES', option)?.value ?? '').split('\n').map((name) => name.trim()).filter(Boolean);
  const { folder, separator } = splitPath(file.path);
  const expand = (option: 'before' | 'after') => names(option).flatMap((name) => {
    const target = /^([/\\]|[A-Za-z]:)/.test(name) ? name : `${folder}${separator}${name}`;
    const local = target.replace(/\.[^./\\]*$/, '') + '.local';
    return [...new Set([target, local])].flatMap((candidate) => {
      if (seen.includes(candidate)) {
        return [];
      }
      const content = workspace.readFile(candidate);
      if (content === undefined) {
        return [];
      }
      const included: JailFile = { path: candidate, role: 'include', doc: parseIniCached(content, 'fail2ban'), text: content, own: false };
      return withIncludes(included, workspace, [...seen, candidate]);
    });
  });
  return [...expand('before'), file, ...expand('after')];
}
