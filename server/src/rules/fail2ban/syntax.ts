/** fail2ban/syntax: jail files that fail2ban's configuration reader refuses. */
import { syntaxRule } from '../engineRules';

export default syntaxRule('fail2ban', 'fail2ban jail file');
