/** gorgone/fingerprint-mode-always: `fingerprint_mode: always` makes the ZMQ client accept any server key. */
import { defineRule } from '../../core/rule';
import { GorgoneModel } from '../../formats/gorgone/model';
import { replaceValue } from '../../formats/yaml/edits';
import { asScalar, get } from '../../formats/yaml/model';

export default defineRule<GorgoneModel>({
  id: 'gorgone/fingerprint-mode-always',
  format: 'gorgone',
  severity: 'warning',
  description: 'fingerprint_mode "always" disables server key pinning.',
  rationale: 'With `always`, a Gorgone client accepts whatever public key the server presents, so anyone who can intercept the ZMQ connection can impersonate the central server. `first` (the default) pins the key on first use; `strict` requires it to be registered beforehand.',
  messages: { always: 'fingerprint_mode "always" accepts any server key (no pinning, man-in-the-middle possible); use "first" or "strict".' },
  fixable: true,
  check({ model, report }) {
    const value = asScalar(get(model.core, 'fingerprint_mode'));
    if (value?.text === 'always') {
      report({ messageId: 'always', span: value.span, fixes: [{ title: 'Set fingerprint_mode to "first"', edits: [replaceValue(value, 'first')] }] });
    }
  },
});
