/** The effective jail configuration seen from the linted file, built once per lint rather than once per rule. */
import { RuleContext } from '../../core/rule';
import { IniDocument } from '../ini/model';
import { JailConfiguration } from './effective';
import { JailFile, jailFiles } from './layout';

/**
 * The configuration last built for each linted model, with the files it was built from. Every fail2ban rule
 * asks for it; building it merges every entry of every file, which for thousands of jails cost more than
 * all the rules together. It is reused only while the files are the same ones (a neighbour edited in the
 * editor gives a new parsed document, so a new configuration).
 */
const recent = new WeakMap<IniDocument, { files: JailFile[]; config: JailConfiguration }>();

function sameFiles(a: readonly JailFile[], b: readonly JailFile[]): boolean {
  return a.length === b.length && a.every((file, index) => {
    const other = b[index];
    return file.path === other.path && file.role === other.role && file.doc === other.doc && file.text === other.text && file.own === other.own;
  });
}

export function jailConfiguration(context: RuleContext<IniDocument>): JailConfiguration {
  const files = jailFiles(context.path, context.text, context.model, context.workspace);
  const cached = recent.get(context.model);
  if (cached && sameFiles(cached.files, files)) {
    return cached.config;
  }
  const config = new JailConfiguration(files);
  recent.set(context.model, { files, config });
  return config;
}
