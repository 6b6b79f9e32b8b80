/** Metadata of `sipmon/unused-suppression`: a suppression comment that silences nothing. */
import { RuleMeta } from '../../core/rule';
import { UNUSED_SUPPRESSION_ID } from '../../core/suppressions';

const unusedSuppression: RuleMeta = {
  id: UNUSED_SUPPRESSION_ID,
  format: 'sipmon',
  severity: 'info',
  description: 'A sipmon-disable comment silences no finding.',
  rationale: 'Once the setting is hardened, a leftover suppression would hide the finding if the insecure value came back. The fix removes the rule id from the comment.',
  messages: {},
  fixable: true,
};

export default unusedSuppression;
