/** Metadata of `sipmon/unknown-rule`: a suppression comment naming a rule that does not exist. */
import { RuleMeta } from '../../core/rule';
import { UNKNOWN_RULE_ID } from '../../core/suppressions';

const unknownRule: RuleMeta = {
  id: UNKNOWN_RULE_ID,
  format: 'sipmon',
  severity: 'info',
  description: 'A sipmon-disable comment names a rule that does not exist.',
  rationale: 'A misspelt rule id silences nothing: the finding it was meant to hide is still reported, or a later rename leaves a stale comment behind.',
  messages: {},
  fixable: false,
};

export default unknownRule;
