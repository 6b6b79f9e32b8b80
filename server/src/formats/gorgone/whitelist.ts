/** Where command-whitelist regexes are written (inline `allowed_cmds`, whitelist.conf.d lists) and how to edit one in place. */
import { Edit } from '../../core/types';
import { asScalar, asSeq, get, YamlScalar, YamlSeq } from '../yaml/model';
import { GorgoneModel, isVaultReference, modulesOfKind } from './model';
import { isLoaded } from './modules';

export interface WhitelistEntry {
  scalar: YamlScalar;
  /** The list holding it. */
  list: YamlSeq;
}

/**
 * The regexes of this file: the inline `allowed_cmds` of loaded action modules, or the items of a whitelist.conf.d
 * file. Vault references (resolved at load, content unknown) and non-scalar items are left out; an `!include`d
 * `allowed_cmds` is not a list here, and the included files are linted on their own.
 */
export function whitelistEntries(model: GorgoneModel): WhitelistEntry[] {
  const lists = modulesOfKind(model, 'action')
    .filter(isLoaded)
    .flatMap((module) => asSeq(get(module.map, 'allowed_cmds')) ?? []);
  if (model.whitelist) {
    lists.push(model.whitelist);
  }
  return lists.flatMap((list) =>
    list.items.flatMap((item) => {
      const scalar = asScalar(item);
      return scalar && scalar.tag === undefined && !isVaultReference(scalar) ? [{ scalar, list }] : [];
    }),
  );
}

/**
 * Edits that write `prefix` before and `suffix` after a scalar's content, so that the value the daemon reads becomes
 * `prefix + value + suffix` exactly. Undefined for block scalars and tagged values, whose layout makes that unsafe.
 */
export function wrapScalarContent(text: string, scalar: YamlScalar, prefix: string, suffix: string): Edit[] | undefined {
  if (scalar.tag !== undefined) {
    return undefined;
  }
  const opening = text[scalar.span.start];
  let start = scalar.span.start;
  let end = scalar.span.end;
  let escape = (value: string) => value;
  if (opening === '"' || opening === "'") {
    start += 1;
    end -= 1;
    if (opening === '"') {
      escape = (value) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    } else {
      escape = (value) => value.replace(/'/g, "''");
    }
  } else if (opening === '|' || opening === '>') {
    return undefined;
  }
  const edits: Edit[] = [];
  if (prefix !== '') {
    edits.push({ span: { start, end: start }, text: escape(prefix) });
  }
  if (suffix !== '') {
    edits.push({ span: { start: end, end }, text: escape(suffix) });
  }
  return edits;
}

/** A regex cut to a length that fits a message; the finding's span shows the whole entry. */
export function shortRegex(regex: string): string {
  return regex.length > 60 ? `${regex.slice(0, 57)}...` : regex;
}
