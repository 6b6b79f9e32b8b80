/** apache/syntax: sections httpd refuses (unclosed, mismatched, missing `>`). */
import { syntaxRule } from '../engineRules';

export default syntaxRule('apache', 'Apache httpd configuration');
