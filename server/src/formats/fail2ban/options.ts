/** What the jail options mean, for hovers (facts from fail2ban 1.0 and the Sipmon hardening guide). */

const TIME_UNITS = 'Seconds, or units combined as in `1d12h30m`: `s`, `m` (minutes), `h`, `d`, `w`, `mo` (months), `y`. A bare `10` is 10 seconds.';

export const FAIL2BAN_OPTIONS: Record<string, string> = {
  enabled: 'Whether fail2ban starts the jail (`true`/`false`, also `yes`/`no`, `on`/`off`, `1`/`0`). `[DEFAULT]` sets `false`: the `[Sipmon]` jail must set `enabled = true`.',
  port: 'Ports blocked for a banned address: names or numbers, comma separated, ranges as `a:b`. The Sipmon jail needs `http,https` (plus any custom HTTPS port).',
  protocol: 'Protocol of the ban rule (`tcp` by default).',
  logpath: 'Log files the filter reads (globs, one per line). The Sipmon jail reads `/var/log/Sipmon/login.log`; ignored with `backend = systemd`.',
  filter: 'The filter (filter.d/<name>.conf), by default the jail\'s name: `filter.d/Sipmon.conf` for `[Sipmon]`.',
  maxretry: 'Failures within `findtime` that trigger a ban (fail2ban\'s default 5; the Sipmon guide uses 3).',
  findtime: `Window in which \`maxretry\` failures are counted (default \`10m\`). ${TIME_UNITS}`,
  bantime: `How long an address stays banned (default \`10m\`; negative = permanent). ${TIME_UNITS}`,
  'bantime.increment': 'Whether repeat offenders get longer bans (`true`/`false`).',
  'bantime.maxtime': `Upper bound of an incremented ban. ${TIME_UNITS}`,
  'bantime.rndtime': `Random time added to bans, against bots that wait out the exact ban. ${TIME_UNITS}`,
  'bantime.factor': 'Multiplier of the ban-time increment formula (default 1).',
  ignoreip: 'Addresses never banned: IPs, CIDR ranges, DNS names, separated by spaces or commas. `0.0.0.0/0`, `::/0` or a range wider than /8 means almost nobody is ever banned.',
  ignoreself: 'Never ban the host\'s own addresses (`true` by default).',
  ignorecommand: 'A command that decides whether an address is ignored.',
  backend: '`auto` (default: pyinotify, then polling), `pyinotify` (needs the Python module pyinotify — Debian package python3-pyinotify, not python3-inotify), `polling`, or `systemd` (reads the journal; `logpath` is not used).',
  usedns: 'Whether host names in logs are resolved (`warn` by default).',
  banaction: 'The action that blocks an address (e.g. `iptables-multiport`, `nftables-multiport`).',
  action: 'What happens on a ban; `%(action_)s` bans only, `%(action_mw)s` and others also send mail. A mail-only action detects without blocking.',
  before: 'Files read before this one (`[INCLUDES]`), relative to its folder.',
  after: 'Files read after this one (`[INCLUDES]`), relative to its folder.',
};

export const FAIL2BAN_SECTIONS: Record<string, string> = {
  DEFAULT: 'Options every jail inherits unless its own section sets them.',
  INCLUDES: 'Files read before (`before =`) and after (`after =`) this one.',
  Sipmon: 'The jail protecting the Sipmon web login: reads `/var/log/Sipmon/login.log` with `filter.d/Sipmon.conf`, bans on `http,https`. Disabled unless `enabled = true` is set in an override file (jail.local or jail.d/*.local).',
};
