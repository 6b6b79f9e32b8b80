/** Table tests for fail2ban/systemd-with-logpath. */
import rule from '../../../../server/src/rules/fail2ban/systemd-with-logpath';
import { testRule } from '../../../helpers/ruleTester';

testRule(rule, {
  valid: [
    '[Sipmon]\nbackend = auto\nlogpath = /var/log/Sipmon/login.log\n',
    '[Sipmon]\nbackend = polling\n',
    { name: 'another jail', code: '[sshd]\nenabled = true\nbackend = systemd\nlogpath = /var/log/auth.log\n' },
  ],
  invalid: [
    {
      name: 'the logpath comes from the stock jail.conf',
      code: '[Sipmon]\nenabled = true\nbackend = systemd\n',
      errors: [{ messageId: 'systemd', line: 3, column: 11, endColumn: 18, data: { value: 'systemd', logpath: '/var/log/Sipmon/login.log', origin: '', advice: '' } }],
      output: '[Sipmon]\nenabled = true\nbackend = auto\n',
    },
    {
      name: 'systemd with options, from [DEFAULT]',
      code: '[DEFAULT]\nbackend = systemd[journalflags=1]\n[Sipmon]\nlogpath = /var/log/Sipmon/login.log\n',
      errors: [{ messageId: 'systemd', line: 2, column: 11 }],
      output: '[DEFAULT]\nbackend = systemd[journalflags=1]\n[Sipmon]\nlogpath = /var/log/Sipmon/login.log\nbackend = auto\n',
    },
  ],
});
