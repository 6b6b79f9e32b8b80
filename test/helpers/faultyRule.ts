/** A rule that throws on the Gorgone documents holding a trigger, and the registry with it added: how tests make a rule fail. */
import { RuleSet } from '../../server/src/core/engine';
import { defineRule } from '../../server/src/core/rule';
import { checkedRules, ruleSet } from '../../server/src/rules';

export const FAULTY_RULE_ID = 'gorgone/test-faulty';
/** A document holding this text makes the faulty rule throw. */
export const FAULT_TRIGGER = 'fault_trigger';

export const faultyRule = defineRule<unknown>({
  id: FAULTY_RULE_ID,
  format: 'gorgone',
  severity: 'warning',
  description: 'Throws on documents holding the trigger.',
  rationale: 'Test rule.',
  messages: { never: 'never reported' },
  fixable: false,
  check({ text }) {
    if (text.includes(FAULT_TRIGGER)) {
      // The first line changes with every edit, as one quoting an offset would: it must still be logged once.
      // The lines below quote the document, as parsers' errors do: they must never reach a log.
      throw new TypeError(`failed on purpose at length ${text.length}\n${text}`);
    }
  },
});

export const rulesWithFaulty: RuleSet = {
  checked: [...checkedRules, faultyRule],
  byId: new Map([...ruleSet.byId, [faultyRule.id, faultyRule]]),
};
