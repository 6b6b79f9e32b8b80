/** broker/weak-db-password: a database output whose password is empty, a published sample, or short. */
import { defineRule } from '../../core/rule';
import { asScalar, BrokerModel, entryOf, textOf } from '../../formats/broker/model';
import { endpointLabel, isPlaceholder, spanOf } from '../../formats/broker/values';
import { MIN_SECRET_LENGTH, weaknessOf } from '../../formats/gorgone/secrets';

/** [daemon] Vault references are resolved at load time: no password is written here. */
const VAULT_REFERENCE = /^secret::hashicorp_vault::/;

export default defineRule<BrokerModel>({
  id: 'broker/weak-db-password',
  format: 'broker',
  severity: 'warning',
  description: 'A db_password is empty, a published sample value, or shorter than 12 characters.',
  rationale: 'Broker writes monitoring data to MariaDB/MySQL with the `db_user`/`db_password` of its sql, unified_sql, storage and bam outputs, in plaintext. Sample values such as `Sipmon` or `password` come with the packages and documentation and are tried first; short ones fall to guessing. Hardened: a long generated password (changed on the database account and in the web configuration too), or a Vault reference `secret::hashicorp_vault::<path>::<key>`.',
  messages: {
    empty: 'The database password of {{who}} in this {{endpoint}} is empty.',
    sample: 'The database password of {{who}} in this {{endpoint}} is a published sample value.',
    short: 'The database password of {{who}} in this {{endpoint}} is shorter than {{minimum}} characters.',
  },
  fixable: false,
  check({ model, report }) {
    for (const endpoint of model.endpoints) {
      const entry = entryOf(endpoint.object, 'db_password');
      const scalar = asScalar(entry?.value);
      // Non-strings are dropped by the daemon (broker/non-string-value); placeholders are filled in by an installer.
      if (!entry || scalar?.type !== 'string' || scalar.text === undefined || isPlaceholder(scalar.text) || VAULT_REFERENCE.test(scalar.text)) {
        continue;
      }
      const weakness = weaknessOf(scalar.text, 'password');
      if (weakness === undefined || weakness === 'regex') {
        continue;
      }
      const user = textOf(endpoint.object, 'db_user');
      report({
        messageId: weakness,
        data: { who: user === undefined || user.trim() === '' ? 'the account' : `"${user}"`, endpoint: endpointLabel(endpoint), minimum: MIN_SECRET_LENGTH.password },
        span: spanOf(entry),
      });
    }
  },
});
