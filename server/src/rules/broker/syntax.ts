/** broker/syntax: XML or JSON that Broker cannot parse, or a JSON file without its `SipmonBroker` root object. */
import { syntaxRule } from '../engineRules';

export default syntaxRule('broker', 'Broker XML or JSON');
