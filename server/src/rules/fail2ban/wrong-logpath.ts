/** fail2ban/wrong-logpath: the Sipmon jail does not read /var/log/Sipmon/login.log. */
import { defineRule } from '../../core/rule';
import { IniDocument } from '../../formats/ini/model';
import { jailConfiguration } from '../../formats/fail2ban/context';
import { SIPMON_JAIL, SIPMON_LOGPATH } from '../../formats/fail2ban/effective';
import { placeOption } from '../../formats/fail2ban/placement';

/** The product writes its login log as <log folder>/Sipmon/login.log; the filter only understands that file. */
const LOGIN_LOG = /\/Sipmon\/login\.log$/;

/** The paths of a logpath value: one per line, each optionally followed by ` head` or ` tail`. */
function paths(value: string): string[] {
  return value.split('\n').map((line) => line.trim().split(/\s+/)[0]).filter(Boolean);
}

export default defineRule<IniDocument>({
  id: 'fail2ban/wrong-logpath',
  format: 'fail2ban',
  severity: 'warning',
  description: 'The Sipmon jail\'s logpath is not /var/log/Sipmon/login.log.',
  rationale: 'The Sipmon web interface logs failed logins to `/var/log/Sipmon/login.log`, the only file whose lines `filter.d/Sipmon.conf` matches. A jail reading another file never sees a failure, and a jail without a log file does not start.',
  messages: {
    wrong: 'The [{{jail}}] jail reads {{value}}{{origin}}, not the login log: no failed login is ever seen. Use logpath = /var/log/Sipmon/login.log.{{advice}}',
    missing: 'The [{{jail}}] jail has no logpath{{origin}}: it does not start. Use logpath = /var/log/Sipmon/login.log.{{advice}}',
  },
  fixable: true,
  check(context) {
    const config = jailConfiguration(context);
    const place = placeOption(config, SIPMON_JAIL, 'logpath');
    if (!place || (place.effective.value === undefined && place.effective.error !== undefined)) {
      return;
    }
    const found = paths(place.effective.value ?? '');
    if (found.some((path) => LOGIN_LOG.test(path))) {
      return;
    }
    const edits = place.fix(SIPMON_LOGPATH);
    context.report({
      messageId: found.length === 0 ? 'missing' : 'wrong',
      data: { jail: SIPMON_JAIL, value: found.join(', '), origin: place.origin, advice: place.advice },
      span: place.span,
      fixes: edits ? [{ title: `Set logpath = ${SIPMON_LOGPATH}`, edits }] : [],
    });
  },
});
