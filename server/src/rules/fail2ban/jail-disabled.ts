/** fail2ban/jail-disabled: the [Sipmon] jail is not enabled in the effective configuration. */
import { defineRule } from '../../core/rule';
import { IniDocument } from '../../formats/ini/model';
import { jailConfiguration } from '../../formats/fail2ban/context';
import { parseBoolean, SIPMON_JAIL } from '../../formats/fail2ban/effective';
import { placeOption } from '../../formats/fail2ban/placement';

export default defineRule<IniDocument>({
  id: 'fail2ban/jail-disabled',
  format: 'fail2ban',
  severity: 'warning',
  description: 'The [Sipmon] jail is not enabled once every jail file is applied.',
  rationale: 'jail.conf defines the `[Sipmon]` jail without `enabled`, so `[DEFAULT] enabled = false` applies and brute force against the web login is never banned. The jail must be enabled in an override file (jail.local or jail.d/*.local), after the file order jail.conf → jail.d/*.conf → jail.local → jail.d/*.local.',
  messages: {
    disabled: 'The [{{jail}}] jail is not enabled{{origin}}: brute force against the Sipmon web login is never banned.{{advice}}',
    notBoolean: 'enabled = "{{value}}" is not a boolean{{origin}}: fail2ban refuses the [{{jail}}] jail. Use true.{{advice}}',
  },
  fixable: true,
  check(context) {
    const config = jailConfiguration(context);
    if (config.isEnabled(SIPMON_JAIL)) {
      return;
    }
    const place = placeOption(config, SIPMON_JAIL, 'enabled');
    if (!place) {
      return;
    }
    const value = place.effective.value;
    const edits = place.fix('true');
    context.report({
      messageId: value !== undefined && parseBoolean(value) === undefined ? 'notBoolean' : 'disabled',
      data: { jail: SIPMON_JAIL, origin: place.origin, advice: place.advice, value: value ?? '' },
      span: place.span,
      fixes: edits ? [{ title: `Enable the [${SIPMON_JAIL}] jail (enabled = true)`, edits }] : [],
    });
  },
});
