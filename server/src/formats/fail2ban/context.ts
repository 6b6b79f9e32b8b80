/** The effective jail configuration seen from the linted file. */
import { RuleContext } from '../../core/rule';
import { IniDocument } from '../ini/model';
import { JailConfiguration } from './effective';
import { jailFiles } from './layout';

export function jailConfiguration(context: RuleContext<IniDocument>): JailConfiguration {
  return new JailConfiguration(jailFiles(context.path, context.text, context.model, context.workspace));
}
