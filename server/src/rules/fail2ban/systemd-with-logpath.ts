/** fail2ban/systemd-with-logpath: the Sipmon jail uses `backend = systemd` and a `logpath`, which that backend ignores. */
import { defineRule } from '../../core/rule';
import { IniDocument } from '../../formats/ini/model';
import { jailConfiguration } from '../../formats/fail2ban/context';
import { SIPMON_JAIL } from '../../formats/fail2ban/effective';
import { placeOption } from '../../formats/fail2ban/placement';

export default defineRule<IniDocument>({
  id: 'fail2ban/systemd-with-logpath',
  format: 'fail2ban',
  severity: 'warning',
  description: 'backend = systemd together with logpath in the Sipmon jail.',
  rationale: 'The systemd backend reads the journal (filtered by `journalmatch`) and skips `logpath`. Sipmon writes its failed logins to the file `/var/log/Sipmon/login.log`, not to the journal, so with this backend the jail never sees a failure. Use `backend = auto` (or `polling`).',
  messages: { systemd: 'backend = {{value}}{{origin}} ignores logpath ({{logpath}}): the Sipmon login log is a file, so the jail never sees a failure. Use backend = auto.{{advice}}' },
  fixable: true,
  check(context) {
    const config = jailConfiguration(context);
    const backend = placeOption(config, SIPMON_JAIL, 'backend');
    const logpath = config.option(SIPMON_JAIL, 'logpath').value?.trim();
    if (!backend || !backend.effective.value?.trim().startsWith('systemd') || !logpath) {
      return;
    }
    const edits = backend.fix('auto');
    context.report({
      messageId: 'systemd',
      data: { value: backend.effective.value.trim(), logpath: logpath.replace(/\s*\n\s*/g, ', '), origin: backend.origin, advice: backend.advice },
      span: backend.span,
      fixes: edits ? [{ title: 'Set backend = auto', edits }] : [],
    });
  },
});
