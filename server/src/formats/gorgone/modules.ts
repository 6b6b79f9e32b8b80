/** Gorgone modules the daemon really loads, and where to point when a module lacks a setting. */
import { Span } from '../../core/types';
import { asScalar, get } from '../yaml/model';
import { GorgoneModel, GorgoneModule, modulesOfKind } from './model';

/**
 * Whether the daemon loads this module definition: `enable` must be present, non-empty and not the string `false`
 * (`False`, `no` or `0` still load it). A definition that is never loaded runs nothing.
 */
export function isLoaded(module: GorgoneModule): boolean {
  const enable = get(module.map, 'enable');
  if (enable === undefined) {
    return false;
  }
  const scalar = asScalar(enable);
  return scalar === undefined || (scalar.value !== null && scalar.text !== 'false');
}

/** The loaded modules of one kind (`httpserver`, `proxy`, `action`…), decided by their package. */
export function loadedModulesOfKind(model: GorgoneModel, kind: string): GorgoneModule[] {
  return modulesOfKind(model, kind).filter(isLoaded);
}

/** Where to report a setting the module lacks: its package value, which names what the module is. */
export function moduleAnchor(module: GorgoneModule): Span {
  return module.packagePair?.value?.span ?? module.packagePair?.keySpan ?? module.map.span;
}
