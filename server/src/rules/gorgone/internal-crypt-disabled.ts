/** gorgone/internal-crypt-disabled: `internal_com_crypt` off leaves the daemon's internal ZMQ bus in clear. */
import { defineRule } from '../../core/rule';
import { GorgoneModel } from '../../formats/gorgone/model';
import { replaceValue } from '../../formats/yaml/edits';
import { asScalar, get } from '../../formats/yaml/model';

/** The daemon's own test (`/^(?:false|0)$/i`): every other value keeps encryption on. */
const OFF = /^(?:false|0)$/i;

export default defineRule<GorgoneModel>({
  id: 'gorgone/internal-crypt-disabled',
  format: 'gorgone',
  severity: 'warning',
  description: 'internal_com_crypt is off: the internal ZMQ bus carries messages in clear.',
  rationale: 'Gorgone\'s modules talk to the core over an internal ZMQ socket (an IPC file under /tmp/gorgone by default). With `internal_com_crypt` set to `false` or `0` those messages, commands and their results included, are not AES-encrypted, so any local process able to reach the socket can read or inject them. The default, `true`, encrypts them.',
  messages: { off: 'internal_com_crypt "{{value}}" turns off encryption of the internal ZMQ bus; remove it or set it to true.' },
  fixable: true,
  check({ model, report }) {
    const value = asScalar(get(model.core, 'internal_com_crypt'));
    if (value !== undefined && OFF.test(value.text)) {
      report({ messageId: 'off', data: { value: value.text }, span: value.span, fixes: [{ title: 'Set internal_com_crypt to true', edits: [replaceValue(value, true)] }] });
    }
  },
});
