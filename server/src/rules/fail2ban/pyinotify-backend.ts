/** fail2ban/pyinotify-backend: `backend = pyinotify` needs the pyinotify module, which the guide's Debian package does not provide. */
import { defineRule } from '../../core/rule';
import { IniDocument } from '../../formats/ini/model';
import { jailConfiguration } from '../../formats/fail2ban/context';
import { SIPMON_JAIL } from '../../formats/fail2ban/effective';
import { placeOption } from '../../formats/fail2ban/placement';

export default defineRule<IniDocument>({
  id: 'fail2ban/pyinotify-backend',
  format: 'fail2ban',
  severity: 'info',
  description: 'backend = pyinotify needs the pyinotify Python module (Debian: python3-pyinotify, not python3-inotify).',
  rationale: 'The pyinotify backend imports the Python module `pyinotify`; when it is missing fail2ban logs an error and falls back to polling. The Sipmon guide installs `python3-inotify` on Debian, a different library (module `inotify`). Install `python3-pyinotify` (RHEL: python3-pyinotify from EPEL), or let fail2ban choose with `backend = auto`.',
  messages: { pyinotify: 'backend = pyinotify{{origin}} needs the Python module pyinotify: on Debian install python3-pyinotify (python3-inotify is another library), or use backend = auto.{{advice}}' },
  fixable: true,
  check(context) {
    const config = jailConfiguration(context);
    const place = placeOption(config, SIPMON_JAIL, 'backend');
    if (!place || place.effective.value?.trim().toLowerCase() !== 'pyinotify') {
      return;
    }
    const edits = place.fix('auto');
    context.report({
      messageId: 'pyinotify',
      data: { origin: place.origin, advice: place.advice },
      span: place.span,
      fixes: edits ? [{ title: 'Let fail2ban choose: backend = auto', edits, needsJudgement: true }] : [],
    });
  },
});
