/** Module facts that several rules share: whether the daemon loads a definition at all. */
import { asScalar, get } from '../yaml/model';
import { GorgoneModule } from './model';

/**
 * Whether the daemon loads this module definition: `enable` must be present, non-empty and not the string `false`
 * (`False`, `no` or `0` still load it). A definition that is never loaded runs nothing.
 */
export function isModuleEnabled(module: GorgoneModule): boolean {
  const enable = get(module.map, 'enable');
  if (enable === undefined) {
    return false;
  }
  const scalar = asScalar(enable);
  return scalar === undefined || (scalar.value !== null && scalar.text !== 'false');
}
