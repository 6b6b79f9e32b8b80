/** openssl/syntax: configuration text that OpenSSL's reader refuses. */
import { syntaxRule } from '../engineRules';

export default syntaxRule('openssl', 'OpenSSL configuration');
