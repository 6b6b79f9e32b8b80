/** The other files of a `config.d` folder, parsed once per text: the daemon merges them all into one configuration. */
import { WorkspaceView } from '../../core/workspace';
import { GorgoneModel, parseGorgone } from './model';

export interface ConfigFile {
  /** Absolute path, with the separator the linted path uses. */
  path: string;
  /** The file name; the daemon loads config.d files in the lexicographic order of their names. */
  name: string;
  text: string;
  model: GorgoneModel;
}

/** Parsed models keyed by file text, so that linting every file of a folder parses each sibling once. */
const cache = new Map<string, GorgoneModel>();
/** Enough for a few config.d folders; the oldest entries are dropped first (a Map iterates in insertion order). */
const CACHE_LIMIT = 64;

/** The Gorgone model of a text, from the cache when that very text was parsed before. */
export function parseCached(text: string): GorgoneModel {
  const cached = cache.get(text);
  if (cached) {
    return cached;
  }
  const model = parseGorgone(text).model;
  cache.set(text, model);
  if (cache.size > CACHE_LIMIT) {
    cache.delete(cache.keys().next().value as string);
  }
  return model;
}

/** Splits a path into its folder and its file name, whichever separator it uses. */
export function splitPath(path: string): { folder: string; name: string; separator: string } {
  const at = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return { folder: path.slice(0, Math.max(at, 0)), name: path.slice(at + 1), separator: at >= 0 ? path[at] : '/' };
}

/** Whether the file sits directly in a folder named `config.d`, whose `*.yaml` files the daemon merges. */
export function isInConfigD(path: string | undefined): path is string {
  if (path === undefined) {
    return false;
  }
  return splitPath(splitPath(path).folder).name === 'config.d';
}

/**
 * The other `*.yaml` files of the linted file's `config.d` folder, in the daemon's load order
 * (the root file includes `config.d/*.yaml`, so `.yml` files and sub-folders are not loaded).
 * Empty when the file is not in a `config.d` folder.
 */
export function configDSiblings(path: string | undefined, workspace: WorkspaceView): ConfigFile[] {
  if (!isInConfigD(path)) {
    return [];
  }
  const { folder, name: ownName, separator } = splitPath(path);
  const names = (workspace.listDirectory(folder) ?? []).filter((name) => name !== ownName && name.endsWith('.yaml')).sort();
  return names.flatMap((name) => {
    const siblingPath = `${folder}${separator}${name}`;
    const text = workspace.readFile(siblingPath);
    return text === undefined ? [] : [{ path: siblingPath, name, text, model: parseCached(text) }];
  });
}

export interface LoadedFile extends ConfigFile {
  /** Whether this is the linted file itself. */
  own: boolean;
}

/** The linted file and the other files of its config.d folder, in the daemon's load order (file names compared as bytes). */
export function configDLoadOrder(path: string | undefined, workspace: WorkspaceView, text: string, model: GorgoneModel): LoadedFile[] {
  const own: LoadedFile = { path: path ?? '', name: path === undefined ? '' : splitPath(path).name, text, model, own: true };
  const files = [own, ...configDSiblings(path, workspace).map((file) => ({ ...file, own: false }))];
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
