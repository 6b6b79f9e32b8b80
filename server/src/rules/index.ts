/** The registry: every rule, listed explicitly. */
import { RuleSet } from '../core/engine';
import { AnyRule, RuleMeta } from '../core/rule';
import allowedHostsDisabled from './gorgone/allowed-hosts-disabled';
import allowedHostsTooBroad from './gorgone/allowed-hosts-too-broad';
import apiAuthDisabled from './gorgone/api-auth-disabled';
import apiSslDisabled from './gorgone/api-ssl-disabled';
import apiUrlInsecure from './gorgone/api-url-insecure';
import autodiscoveryShell from './gorgone/autodiscovery-shell';
import commandWhitelistDisabled from './gorgone/command-whitelist-disabled';
import duplicateModule from './gorgone/duplicate-module';
import fingerprintModeAlways from './gorgone/fingerprint-mode-always';
import insecureArchiveExtract from './gorgone/insecure-archive-extract';
import internalCryptDisabled from './gorgone/internal-crypt-disabled';
import nonBooleanFlag from './gorgone/non-boolean-flag';
import tlsVerifyDisabled from './gorgone/tls-verify-disabled';
import vendorWhitelistEdited from './gorgone/vendor-whitelist-edited';
import weakSecret from './gorgone/weak-secret';
import whitelistRegexUnanchored from './gorgone/whitelist-regex-unanchored';
import zmqNoAuthorizedClients from './gorgone/zmq-no-authorized-clients';
import apacheSyntax from './apache/syntax';
import gorgoneSyntax from './gorgone/syntax';
import unknownRule from './sipmon/unknown-rule';
import unusedSuppression from './sipmon/unused-suppression';

/** Rules with a check over a format's model. */
export const checkedRules: readonly AnyRule[] = [
  allowedHostsDisabled,
  allowedHostsTooBroad,
  apiAuthDisabled,
  apiSslDisabled,
  apiUrlInsecure,
  autodiscoveryShell,
  commandWhitelistDisabled,
  duplicateModule,
  fingerprintModeAlways,
  insecureArchiveExtract,
  internalCryptDisabled,
  nonBooleanFlag,
  tlsVerifyDisabled,
  vendorWhitelistEdited,
  weakSecret,
  whitelistRegexUnanchored,
  zmqNoAuthorizedClients,
];

/** Findings the engine makes itself. */
export const engineRules: readonly RuleMeta[] = [
  apacheSyntax,
  gorgoneSyntax,
  unknownRule,
  unusedSuppression,
];

export const allRules: readonly RuleMeta[] = [...checkedRules, ...engineRules].sort((a, b) => a.id.localeCompare(b.id));

export const ruleSet: RuleSet = {
  checked: checkedRules,
  byId: new Map(allRules.map((rule) => [rule.id, rule])),
};
