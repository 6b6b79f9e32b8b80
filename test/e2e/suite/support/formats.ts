/**
 * The example files of each format in test/e2e-workspace: an insecure one with a rule it must raise, a hardened
 * one, and the edit that breaks the hardened one. A format is covered here once the server lints it.
 */

export interface FormatCase {
  format: string;
  /** Editor language the file must open as. */
  languageId: string;
  insecure: string;
  /** A rule the insecure file raises, and the text its diagnostic covers. */
  rule: string;
  ruleText: string;
  hardened: string;
  /** Replacing `from` by `to` in the hardened file makes `rule` fire: proof the server lints that file. */
  breakHardened: { from: string; to: string; rule: string };
}

export const FORMAT_CASES: readonly FormatCase[] = [
  {
    format: 'gorgone',
    languageId: 'yaml',
    insecure: 'gorgone/diagnostics/Sipmon-gorgone/config.d/40-gorgoned.yaml',
    rule: 'gorgone/fingerprint-mode-always',
    ruleText: 'always',
    hardened: 'gorgone/hardened/Sipmon-gorgone/config.d/40-gorgoned.yaml',
    breakHardened: { from: 'fingerprint_mode: first', to: 'fingerprint_mode: always', rule: 'gorgone/fingerprint-mode-always' },
  },
  {
    format: 'broker',
    languageId: 'xml',
    insecure: 'broker/xml-diagnostics/Sipmon-broker/central-broker.xml',
    rule: 'broker/negotiation-disabled',
    ruleText: 'no',
    hardened: 'broker/xml-hardened/Sipmon-broker/central-broker.xml',
    breakHardened: { from: '<negotiation>yes</negotiation>', to: '<negotiation>no</negotiation>', rule: 'broker/negotiation-disabled' },
  },
  {
    format: 'broker',
    languageId: 'json',
    insecure: 'broker/json-diagnostics/Sipmon-broker/central-broker.json',
    rule: 'broker/negotiation-disabled',
    ruleText: '"no"',
    hardened: 'broker/json-hardened/Sipmon-broker/central-broker.json',
    breakHardened: { from: '"negotiation": "yes"', to: '"negotiation": "no"', rule: 'broker/negotiation-disabled' },
  },
  {
    format: 'fail2ban',
    languageId: 'fail2ban',
    insecure: 'fail2ban/diagnostics/fail2ban/jail.d/custom.conf',
    rule: 'fail2ban/maxretry-high',
    ruleText: '10',
    hardened: 'fail2ban/hardened/fail2ban/jail.d/custom.conf',
    breakHardened: { from: 'maxretry = 3', to: 'maxretry = 10', rule: 'fail2ban/maxretry-high' },
  },
  {
    format: 'openssl',
    languageId: 'opensslcnf',
    insecure: 'openssl/diagnostics/ssl/openssl.cnf',
    rule: 'openssl/weak-digest',
    ruleText: 'md5',
    hardened: 'openssl/hardened/ssl/openssl.cnf',
    breakHardened: { from: 'default_md         = sha256', to: 'default_md         = sha1', rule: 'openssl/weak-digest' },
  },
  {
    format: 'apache',
    languageId: 'apacheconf',
    insecure: 'apache/diagnostics/apache2/sites-available/Sipmon.conf',
    rule: 'apache/cookie-flags',
    ruleText: '$1;HttpOnly;SameSite=Strict',
    hardened: 'apache/hardened/apache2/sites-available/Sipmon.conf',
    breakHardened: { from: '$1;HttpOnly;Secure;SameSite=Strict', to: '$1;HttpOnly;SameSite=Strict', rule: 'apache/cookie-flags' },
  },
];
