/** The Gorgone view of a YAML file: where the core settings, the modules, the API clients and the whitelist entries are. */
import { asMap, asScalar, asSeq, get, getPair, parseYaml, YamlMap, YamlNode, YamlPair, YamlScalar, YamlSeq } from '../yaml/model';
import { SyntaxProblem } from '../../core/types';

export interface GorgoneModule {
  map: YamlMap;
  /** The Perl package, which decides what the module is (`gorgone::modules::core::httpserver::hooks`). */
  package: string | undefined;
  packagePair: YamlPair | undefined;
}

export interface GorgoneModel {
  root: YamlNode | undefined;
  /** The map holding `gorgonecore`, `modules` and `tpapi`, wherever the file puts it. */
  gorgone: YamlMap | undefined;
  core: YamlMap | undefined;
  modules: GorgoneModule[];
  /** Entries of `tpapi` (web API and CLI credentials). */
  tpapi: YamlMap[];
  /** The maps holding database credentials (`Sipmon.database.*`, flat `database.*`). */
  databases: YamlMap[];
  /** A whitelist.conf.d file: a top-level list of regexes. */
  whitelist: YamlSeq | undefined;
}

export const GORGONE_TAGS = ['!include'];

/** The map holding the Gorgone sections: `configuration.gorgone`, `gorgone`, or the flat layout of old releases. */
function findGorgoneMap(root: YamlMap | undefined): YamlMap | undefined {
  const configuration = asMap(get(root, 'configuration'));
  return asMap(get(configuration, 'gorgone')) ?? asMap(get(root, 'gorgone')) ?? (get(root, 'gorgonecore') ? root : undefined);
}

function findDatabases(root: YamlMap | undefined): YamlMap[] {
  const configuration = asMap(get(root, 'configuration'));
  const sipmon = asMap(get(configuration, 'Sipmon')) ?? asMap(get(root, 'Sipmon'));
  const database = asMap(get(sipmon, 'database')) ?? asMap(get(root, 'database'));
  return database?.pairs.flatMap((pair) => asMap(pair.value) ?? []) ?? [];
}

export function buildModel(root: YamlNode | undefined): GorgoneModel {
  const rootMap = asMap(root);
  const gorgone = findGorgoneMap(rootMap);
  const modules = (asSeq(get(gorgone, 'modules'))?.items ?? []).flatMap((item) => {
    const map = asMap(item);
    if (!map) {
      return [];
    }
    const packagePair = getPair(map, 'package');
    return [{ map, packagePair, package: asScalar(packagePair?.value)?.text }];
  });
  const rootSeq = asSeq(root);
  const isWhitelist = rootSeq !== undefined && rootSeq.items.length > 0 && rootSeq.items.every((item) => item.kind === 'scalar');
  return {
    root,
    gorgone,
    core: asMap(get(gorgone, 'gorgonecore')),
    modules,
    tpapi: (asSeq(get(gorgone, 'tpapi'))?.items ?? []).flatMap((item) => asMap(item) ?? []),
    databases: findDatabases(rootMap),
    whitelist: isWhitelist ? rootSeq : undefined,
  };
}

export function parseGorgone(text: string): { model: GorgoneModel; problems: SyntaxProblem[] } {
  const parsed = parseYaml(text, { scalarTags: GORGONE_TAGS });
  return { model: buildModel(parsed.root), problems: parsed.problems };
}

/** The modules whose package is `gorgone::modules::<area>::<kind>::hooks`. */
export function modulesOfKind(model: GorgoneModel, kind: string): GorgoneModule[] {
  const suffix = `::${kind}::hooks`;
  return model.modules.filter((module) => module.package?.endsWith(suffix) === true);
}

/** Whether a scalar is a Vault reference, resolved by the daemon at load time. */
export function isVaultReference(node: YamlScalar | undefined): boolean {
  return node !== undefined && /^secret::hashicorp_vault::/.test(node.text);
}

/** Loopback addresses and names, to which plaintext traffic never leaves the host. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}
