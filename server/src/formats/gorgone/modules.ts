/** Gorgone modules the daemon really loads, and where to point when a module lacks a setting. */
import { Span } from '../../core/types';
import { asScalar, get } from '../yaml/model';
import { GorgoneModel, GorgoneModule, modulesOfKind } from './model';

/** gorgoned loads a module only when `enable` is present and not 'false'; any other module entry is inert. */
export function isLoaded(module: GorgoneModule): boolean {
  const enable = asScalar(get(module.map, 'enable'));
  return enable !== undefined && enable.text !== 'false' && enable.text.trim() !== '';
}

/** The loaded modules of one kind (`httpserver`, `proxy`, `pullwss`…), decided by their package. */
export function loadedModulesOfKind(model: GorgoneModel, kind: string): GorgoneModule[] {
  return modulesOfKind(model, kind).filter(isLoaded);
}

/** Where to report a setting the module lacks: its package value, which names what the module is. */
export function moduleAnchor(module: GorgoneModule): Span {
  return module.packagePair?.value?.span ?? module.packagePair?.keySpan ?? module.map.span;
}
