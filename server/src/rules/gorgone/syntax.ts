/** gorgone/syntax: YAML that the daemon's YAML loader cannot read. */
import { syntaxRule } from '../engineRules';

export default syntaxRule('gorgone', 'Gorgone YAML');
