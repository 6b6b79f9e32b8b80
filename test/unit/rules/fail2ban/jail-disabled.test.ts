/** Table tests for fail2ban/jail-disabled: the effective `enabled` of [Sipmon] across the jail files, and where the fix goes. */
import rule from '../../../../server/src/rules/fail2ban/jail-disabled';
import { testRule } from '../../../helpers/ruleTester';

const DIR = '/etc/fail2ban';
const STOCK_CONF = '[DEFAULT]\nenabled = false\nbantime = 10m\n\n[Sipmon]\nport = http,https\nlogpath = /var/log/Sipmon/login.log\n';

testRule(rule, {
  valid: [
    '[Sipmon]\nenabled = true\n',
    { name: 'colon separator and another boolean spelling', code: '[Sipmon]\nenabled: on\n' },
    { name: '[DEFAULT] enables every jail', code: '[DEFAULT]\nenabled = true\n' },
    {
      name: 'a later file enables the jail',
      code: '[Sipmon]\nport = http,https\n',
      files: { [`${DIR}/jail.d/Sipmon.local`]: '[Sipmon]\nenabled = true\n' },
    },
    {
      name: 'an earlier file enables it and this one leaves it alone',
      code: '[Sipmon]\nmaxretry = 3\n',
      files: { [`${DIR}/jail.d/custom.conf`]: '[Sipmon]\nenabled = true\n' },
    },
    {
      name: 'a jail section beats a later [DEFAULT]',
      code: '[DEFAULT]\nenabled = false\n',
      path: `${DIR}/jail.d/zz.local`,
      files: { [`${DIR}/jail.d/custom.conf`]: '[Sipmon]\nenabled = true\n' },
    },
    {
      name: 'the value is set in another override file: reported there, not here',
      code: '[Sipmon]\nmaxretry = 3\n',
      path: `${DIR}/jail.d/custom.conf`,
      files: { [`${DIR}/jail.local`]: '[DEFAULT]\nenabled = false\n[Sipmon]\nport = http,https\n' },
    },
    {
      name: 'a file without [Sipmon] while another override file holds the jail',
      code: '[sshd]\nenabled = true\n',
      path: `${DIR}/jail.d/defaults-debian.conf`,
      files: { [`${DIR}/jail.conf`]: STOCK_CONF, [`${DIR}/jail.local`]: '[Sipmon]\nbantime = 1h\n' },
    },
    {
      name: 'interpolated from [DEFAULT]',
      code: '[DEFAULT]\nprotect = true\n[Sipmon]\nenabled = %(protect)s\n',
    },
  ],
  invalid: [
    {
      name: 'no enabled line: the stock default applies; the fix adds it to the section',
      code: '[Sipmon]\nport = http,https\n',
      errors: [{ messageId: 'disabled', line: 1, column: 2, endLine: 1, endColumn: 8 }],
      output: '[Sipmon]\nport = http,https\nenabled = true\n',
    },
    {
      code: '[Sipmon]\nenabled = false ; for now\nport = http,https\n',
      errors: [{ messageId: 'disabled', line: 2, column: 11, endColumn: 16 }],
      output: '[Sipmon]\nenabled = true ; for now\nport = http,https\n',
    },
    {
      code: '[Sipmon]\nenabled = maybe\n',
      errors: [{ messageId: 'notBoolean', line: 2, column: 11 }],
      output: '[Sipmon]\nenabled = true\n',
    },
    {
      name: 'inherited from [DEFAULT] of this file: the fix goes to [Sipmon], not [DEFAULT]',
      code: '[DEFAULT]\nenabled = false\n\n[Sipmon]\nport = http # web\n',
      errors: [{ messageId: 'disabled', line: 2, column: 11, data: { jail: 'Sipmon', origin: ' (inherited from [DEFAULT])', advice: '', value: 'false' } }],
      output: '[DEFAULT]\nenabled = false\n\n[Sipmon]\nport = http # web\nenabled = true\n',
    },
    {
      name: 'no [Sipmon] section in view: the message says so and the fix adds one',
      code: '[sshd]\nenabled = true\n',
      errors: [{ messageId: 'disabled', line: 1, column: 1, data: { jail: 'Sipmon', origin: ' (the stock jail.conf\'s value)', advice: ' This file has no [Sipmon] section: the fix adds one.', value: 'false' } }],
      output: '[sshd]\nenabled = true\n\n[Sipmon]\nenabled = true\n',
    },
    {
      name: 'the full copy in jail.local disables it: reported in jail.local while custom.conf is in view',
      code: '[DEFAULT]\nenabled = false\n\n[Sipmon]\nport = http,https\nbackend = auto\n',
      files: { [`${DIR}/jail.d/custom.conf`]: '[Sipmon]\nmaxretry = 3\n' },
      errors: [{ messageId: 'disabled', line: 2, column: 11 }],
      output: '[DEFAULT]\nenabled = false\n\n[Sipmon]\nport = http,https\nbackend = auto\nenabled = true\n',
    },
    {
      name: 'the value comes from jail.conf: jail.d/custom.conf, which holds [Sipmon], reports it and takes the fix',
      code: '[Sipmon]\nmaxretry = 3\n',
      path: `${DIR}/jail.d/custom.conf`,
      files: { [`${DIR}/jail.conf`]: STOCK_CONF },
      errors: [{ messageId: 'disabled', line: 1, column: 2, data: { jail: 'Sipmon', origin: ' (set in [DEFAULT] of jail.conf, line 2)', advice: '', value: 'false' } }],
      output: '[Sipmon]\nmaxretry = 3\nenabled = true\n',
    },
    {
      name: 'jail.conf with no override file in view: reported where the value is set, without a fix',
      code: STOCK_CONF,
      path: `${DIR}/jail.conf`,
      errors: [{ messageId: 'disabled', line: 2, column: 11, data: { jail: 'Sipmon', origin: ' (inherited from [DEFAULT])', advice: ' jail.conf is replaced on upgrades: set it in jail.local or jail.d/Sipmon.local.', value: 'false' } }],
    },
    {
      name: 'CRLF line breaks are kept',
      code: '[Sipmon]\r\nport = http,https\r\n',
      errors: [{ messageId: 'disabled', line: 1, column: 2 }],
      output: '[Sipmon]\r\nport = http,https\r\nenabled = true\r\n',
    },
  ],
});
