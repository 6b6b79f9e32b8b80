/** fail2ban/invalid-time: a time value fail2ban cannot compute, so the jail does not start. */
import { defineRule } from '../../core/rule';
import { IniDocument } from '../../formats/ini/model';
import { jailConfiguration } from '../../formats/fail2ban/context';
import { timeToSeconds } from '../../formats/fail2ban/time';
import { contextJail, liveEntries, TIME_OPTIONS } from '../../formats/fail2ban/values';

export default defineRule<IniDocument>({
  id: 'fail2ban/invalid-time',
  format: 'fail2ban',
  severity: 'error',
  description: 'A time value fail2ban cannot parse.',
  rationale: 'fail2ban turns times such as `1d12h` into seconds by rewriting the units and evaluating the result. Anything else (`10 minutes please`, `10min5`, `1,5h`) raises an error when the jail starts, so the jail is not running. `fail2ban-client -t` does not catch it: it only checks that the files load.',
  messages: {
    invalid: '{{name}} = {{value}} is not a time fail2ban can read: the jail fails to start. Write seconds or units such as 10m, 1h, 1d12h.',
    interpolation: '{{name}} = {{value}} cannot be resolved ({{error}}): the jail fails to start.',
  },
  fixable: false,
  check(context) {
    const config = jailConfiguration(context);
    // Thousands of jails repeat the same few values; each is evaluated once per lint.
    const readable = new Map<string, boolean>();
    const isReadable = (value: string) => {
      let known = readable.get(value);
      if (known === undefined) {
        known = timeToSeconds(value) !== undefined;
        readable.set(value, known);
      }
      return known;
    };
    for (const entry of liveEntries(config, TIME_OPTIONS)) {
      const resolved = config.interpolate(contextJail(entry), entry.value);
      const data = { name: entry.name, value: entry.value.replace(/\n/g, ' ').trim() || '(empty)' };
      if (resolved.value === undefined) {
        context.report({ messageId: 'interpolation', data: { ...data, error: resolved.error ?? '' }, span: entry.valueSpan.start < entry.valueSpan.end ? entry.valueSpan : entry.span });
      } else if (!isReadable(resolved.value)) {
        context.report({ messageId: 'invalid', data, span: entry.valueSpan.start < entry.valueSpan.end ? entry.valueSpan : entry.span });
      }
    }
  },
});
