/** Questions rules ask the directive tree: which directives apply at server or vhost level, which vhosts speak TLS, what the file is. */
import { ApacheDirective, ApacheModel, ApacheNode, ApacheSection } from './model';

/** Sections decided when the configuration is read: their content applies where the section stands. */
const CONDITIONAL_SECTIONS = new Set(['ifmodule', 'ifdefine', 'ifversion', 'ifdirective', 'iffile', 'ifsection']);

export function isDirective(node: ApacheNode): node is ApacheDirective {
  return node.kind === 'directive';
}

interface NodeIndex {
  directives: Map<string, ApacheDirective[]>;
  sections: Map<string, ApacheSection[]>;
}

const nodeIndexes = new WeakMap<ApacheModel, NodeIndex>();

/** Each model's directives and sections by key, in source order, gathered once: nearly every rule asks, and each asking scanned the whole file. */
function nodeIndex(model: ApacheModel): NodeIndex {
  let index = nodeIndexes.get(model);
  if (!index) {
    index = { directives: new Map(), sections: new Map() };
    for (const node of model.all) {
      if (isDirective(node)) {
        add(index.directives, node.key, node);
      } else {
        add(index.sections, node.key, node);
      }
    }
    nodeIndexes.set(model, index);
  }
  return index;
}

function add<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) {
    list.push(item);
  } else {
    map.set(key, [item]);
  }
}

/** Every directive named `key` (lower case) in the file, in source order. */
export function directivesNamed(model: ApacheModel, ...keys: string[]): ApacheDirective[] {
  const lists = keys.map((key) => nodeIndex(model).directives.get(key)).filter((list) => list !== undefined);
  if (lists.length <= 1) {
    return [...(lists[0] ?? [])];
  }
  // Several names present: the file's order interleaves them.
  return model.all.filter((node): node is ApacheDirective => isDirective(node) && keys.includes(node.key));
}

/** Every section named `key` (lower case) in the file, in source order. */
function sectionsNamed(model: ApacheModel, key: string): ApacheSection[] {
  return [...(nodeIndex(model).sections.get(key) ?? [])];
}

export function virtualHosts(model: ApacheModel): ApacheSection[] {
  return sectionsNamed(model, 'virtualhost');
}

/** The sections around a node, innermost first. */
export function ancestors(node: ApacheNode): ApacheSection[] {
  const found: ApacheSection[] = [];
  for (let parent = node.parent; parent; parent = parent.parent) {
    found.push(parent);
  }
  return found;
}

export function enclosingVirtualHost(node: ApacheNode): ApacheSection | undefined {
  return ancestors(node).find((section) => section.key === 'virtualhost');
}

/** The directives of these nodes that apply at their level: conditional sections are looked through, other containers are not. */
function levelDirectives(nodes: readonly ApacheNode[], keys: readonly string[], found: ApacheDirective[] = []): ApacheDirective[] {
  for (const node of nodes) {
    if (isDirective(node)) {
      if (keys.includes(node.key)) {
        found.push(node);
      }
    } else if (CONDITIONAL_SECTIONS.has(node.key)) {
      levelDirectives(node.children, keys, found);
    }
  }
  return found;
}

const serverLevelCache = new WeakMap<ApacheModel, Map<string, ApacheDirective[]>>();

/**
 * Directives of the main server (outside every VirtualHost, Directory, Location…), in source order. Kept per model:
 * every vhost asks for them, and a file of thousands of vhosts must not scan the whole file for each.
 */
export function serverLevel(model: ApacheModel, ...keys: string[]): ApacheDirective[] {
  let byKeys = serverLevelCache.get(model);
  if (!byKeys) {
    byKeys = new Map();
    serverLevelCache.set(model, byKeys);
  }
  const cacheKey = keys.join(' ');
  let found = byKeys.get(cacheKey);
  if (!found) {
    found = levelDirectives(model.nodes, keys);
    byKeys.set(cacheKey, found);
  }
  return found;
}

/** Directives of a VirtualHost itself (not those of its Directory, Location… sections), in source order. */
export function vhostLevel(vhost: ApacheSection, ...keys: string[]): ApacheDirective[] {
  return levelDirectives(vhost.children, keys);
}

/** What a vhost inherits from the server level and sets itself, in the order httpd merges them. */
export function effectiveForVhost(model: ApacheModel, vhost: ApacheSection, ...keys: string[]): ApacheDirective[] {
  return [...serverLevel(model, ...keys), ...vhostLevel(vhost, ...keys)];
}

/** The value of the last of these directives' first argument, lower case (the one httpd keeps). */
export function lastFlag(directives: readonly ApacheDirective[]): string | undefined {
  return directives[directives.length - 1]?.args[0]?.value.toLowerCase();
}

const tlsByModel = new WeakMap<ApacheModel, Map<ApacheSection, boolean>>();

/** Whether the vhost terminates TLS: `SSLEngine on`, its own or inherited from the server level of this file. Kept per model, as most rules ask it of every vhost. */
export function isTlsVirtualHost(model: ApacheModel, vhost: ApacheSection): boolean {
  let known = tlsByModel.get(model);
  if (!known) {
    known = new Map();
    tlsByModel.set(model, known);
  }
  let tls = known.get(vhost);
  if (tls === undefined) {
    tls = lastFlag(effectiveForVhost(model, vhost, 'sslengine')) === 'on';
    known.set(vhost, tls);
  }
  return tls;
}

/** The ports of a vhost's addresses (`*:443`, `[::1]:80`, `_default_:443`); undefined for an address without one. */
function vhostPorts(vhost: ApacheSection): (number | undefined)[] {
  return vhost.args.map((arg) => {
    const match = /:(\d+)$/.exec(arg.value);
    return match ? Number(match[1]) : undefined;
  });
}

/** Whether the vhost answers plain HTTP on port 80 (an address without a port takes the Listen port, 80 by convention). */
export function isPort80VirtualHost(model: ApacheModel, vhost: ApacheSection): boolean {
  return !isTlsVirtualHost(model, vhost) && vhostPorts(vhost).some((port) => port === 80 || port === undefined);
}

/** The product's Alias: its URL is `${base_uri}`-based or its target is the Sipmon install folder. */
function isProductAlias(directive: ApacheDirective, text: string): boolean {
  if (directive.key !== 'alias' && directive.key !== 'aliasmatch') {
    return false;
  }
  return directive.args.some((arg) => /sipmon/i.test(arg.value) || text.slice(arg.span.start, arg.span.end).includes('${base_uri}'));
}

export function productAliases(model: ApacheModel, text: string): ApacheDirective[] {
  return directivesNamed(model, 'alias', 'aliasmatch').filter((directive) => isProductAlias(directive, text));
}

/**
 * Whether the file is a site configuration (what an admin edits in sites-available/Sipmon.conf or
 * conf.d/10-Sipmon.conf): it holds a VirtualHost or the product's Alias. Only such files are expected to
 * carry the server-wide settings (ServerTokens, TraceEnable…); a small snippet (mods-available/*.conf)
 * is not blamed for leaving them out.
 */
export function isSiteFile(model: ApacheModel, text: string): boolean {
  return virtualHosts(model).length > 0 || productAliases(model, text).length > 0;
}

/** Where a site file's missing server-wide setting is reported: its first VirtualHost's tag, else its product Alias. */
export function siteAnchor(model: ApacheModel, text: string): { start: number; end: number } | undefined {
  const vhost = virtualHosts(model)[0];
  return vhost ? vhost.openSpan : productAliases(model, text)[0]?.span;
}

/** Directives that make a vhost (or the main server) serve content rather than only redirect. */
const CONTENT_DIRECTIVES = ['alias', 'aliasmatch', 'scriptalias', 'scriptaliasmatch', 'documentroot', 'proxypass', 'proxypassmatch', 'fallbackresource'];

/** The content-serving directives directly in these nodes, looking into every container. */
export function contentDirectives(nodes: readonly ApacheNode[]): ApacheDirective[] {
  const found: ApacheDirective[] = [];
  const collect = (level: readonly ApacheNode[]) => {
    for (const node of level) {
      if (!isDirective(node)) {
        collect(node.children);
      } else if (CONTENT_DIRECTIVES.includes(node.key)) {
        found.push(node);
      }
    }
  };
  collect(nodes);
  return found;
}

/** A pattern that matches every request path: `(.*)`, `^/?(.*)$`, `.*`, `^`, `^/`… (not `^/$`). */
function matchesEverything(pattern: string): boolean {
  const match = /^\^?(\/\??)?(\(\.\*\)|\.\*)?(\$?)$/.exec(pattern);
  return match !== null && (match[2] !== undefined || match[3] === '');
}

/**
 * Whether a vhost sends every request to https:// before serving anything: a mod_rewrite rule over all paths
 * (mod_rewrite runs before mod_alias and the proxy), or `Redirect` of `/`, or `RedirectMatch` of everything.
 */
export function redirectsEverythingToHttps(vhost: ApacheSection): boolean {
  const level = vhostLevel(vhost, 'rewriteengine', 'rewriterule', 'redirect', 'redirectmatch', 'redirectpermanent');
  let rewriting = false;
  for (const directive of level) {
    const values = directive.args.map((arg) => arg.value);
    if (directive.key === 'rewriteengine') {
      rewriting = values[0]?.toLowerCase() === 'on';
    } else if (directive.key === 'rewriterule') {
      if (rewriting && values.length >= 2 && matchesEverything(values[0]) && /^https:\/\//i.test(values[1])) {
        return true;
      }
    } else {
      const target = values[values.length - 1] ?? '';
      const source = values[values.length - 2] ?? '';
      const coversAll = directive.key === 'redirectmatch' ? matchesEverything(source) : source === '/';
      if (coversAll && /^https:\/\//i.test(target)) {
        return true;
      }
    }
  }
  return false;
}

/** Whether a vhost serves pages: it maps content (Alias, DocumentRoot, a non-websocket proxy…) and does not redirect everything. */
export function servesPages(vhost: ApacheSection): boolean {
  if (redirectsEverythingToHttps(vhost)) {
    return false;
  }
  return contentDirectives(vhost.children).some((directive) => !isWebSocketProxy(directive));
}

/** A ProxyPass whose backend is a websocket (ws:// or wss://): no HTML goes through it. */
function isWebSocketProxy(directive: ApacheDirective): boolean {
  return (directive.key === 'proxypass' || directive.key === 'proxypassmatch') && directive.args.some((arg) => /^wss?:\/\//i.test(arg.value));
}
