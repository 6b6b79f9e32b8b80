/**
 * The example files of each format in test/e2e-workspace: an insecure one with a rule it must raise, a hardened
 * one, and the edit that breaks the hardened one. A format is covered here once the server lints it; fail2ban,
 * openssl.cnf, Apache and Broker are added as rows when they land.
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
];
