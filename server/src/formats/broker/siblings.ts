/** The Broker files of the linted file's folder (one platform's cbd, cbmod and rrd configurations), parsed once per text. */
import { WorkspaceView } from '../../core/workspace';
import { splitPath } from '../gorgone/siblings';
import { BrokerModel } from './model';
import { parseBrokerJson } from './json';
import { parseBrokerXml } from './xml';
import { syntaxOf } from './format';

/** Parsed models keyed by file text, so linting every file of a folder parses each neighbour once. */
const cache = new Map<string, BrokerModel>();
/** Enough for a few folders; the oldest entries are dropped first (a Map iterates in insertion order). */
const CACHE_LIMIT = 64;

function parseCached(text: string): BrokerModel {
  const cached = cache.get(text);
  if (cached) {
    return cached;
  }
  const model = syntaxOf(text) === 'xml' ? parseBrokerXml(text).model : parseBrokerJson(text).model;
  cache.set(text, model);
  if (cache.size > CACHE_LIMIT) {
    cache.delete(cache.keys().next().value as string);
  }
  return model;
}

export interface PlatformFile {
  /** The file name, for messages. */
  name: string;
  model: BrokerModel;
  /** Whether this is the linted file itself. */
  own: boolean;
}

/** The linted file first, then the other `*.xml` and `*.json` files of its folder that hold Broker endpoints. */
export function platformFiles(path: string | undefined, workspace: WorkspaceView, model: BrokerModel): PlatformFile[] {
  const own: PlatformFile = { name: path === undefined ? '' : splitPath(path).name, model, own: true };
  if (path === undefined) {
    return [own];
  }
  const { folder, name: ownName, separator } = splitPath(path);
  const names = (workspace.listDirectory(folder) ?? []).filter((name) => name !== ownName && /\.(xml|json)$/.test(name)).sort();
  const neighbours = names.flatMap((name) => {
    const text = workspace.readFile(`${folder}${separator}${name}`);
    const parsed = text === undefined ? undefined : parseCached(text);
    return parsed && parsed.endpoints.length > 0 ? [{ name, model: parsed, own: false }] : [];
  });
  return [own, ...neighbours];
}
