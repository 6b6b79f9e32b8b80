/** broker/negotiation-typo: the `negociation` key written by the old web UI, which the daemon ignores. */
import { defineRule } from '../../core/rule';
import { renameKey } from '../../formats/broker/edits';
import { asScalar, BrokerModel, entryOf } from '../../formats/broker/model';

const TYPO = 'negociation';

export default defineRule<BrokerModel>({
  id: 'broker/negotiation-typo',
  format: 'broker',
  severity: 'warning',
  description: 'The misspelt key "negociation" is ignored by Broker.',
  rationale: 'The old web configuration generator wrote `negociation`. Broker does not know that key and ignores it, so the file does not say what the daemon does: negotiation silently stays at its default (on), whatever the misspelt key says. Hardened: the real key `negotiation`.',
  messages: {
    typo: '"negociation" is not a Broker key and is ignored (negotiation stays at its default, yes); the key is "negotiation".',
    duplicate: '"negociation" is not a Broker key and is ignored; this endpoint already sets "negotiation", so remove the misspelt one.',
  },
  fixable: true,
  check({ model, report }) {
    for (const endpoint of model.endpoints) {
      const correct = entryOf(endpoint.object, 'negotiation');
      for (const entry of endpoint.object.entries.filter((candidate) => candidate.key === TYPO)) {
        if (correct) {
          report({ messageId: 'duplicate', span: entry.keySpan });
          continue;
        }
        // Renaming makes the value count: a misspelt `no` would then turn negotiation off, which only the user can want.
        const turnsOff = asScalar(entry.value)?.text === 'no';
        report({
          messageId: 'typo',
          span: entry.keySpan,
          fixes: [turnsOff
            ? { title: 'Rename to "negotiation" (its value "no" then turns negotiation off)', edits: renameKey(model.syntax, entry, 'negotiation'), needsJudgement: true }
            : { title: 'Rename to "negotiation"', edits: renameKey(model.syntax, entry, 'negotiation') }],
        });
      }
    }
  },
});
