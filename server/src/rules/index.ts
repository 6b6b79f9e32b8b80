/** The registry: every rule, listed explicitly. */
import { RuleSet } from '../core/engine';
import { AnyRule, RuleMeta } from '../core/rule';
import brokerCompressionOff from './broker/compression-off';
import brokerGrpcExposed from './broker/grpc-exposed';
import brokerInvalidBoolean from './broker/invalid-boolean';
import brokerMismatchedPeers from './broker/mismatched-peers';
import brokerNegotiationDisabled from './broker/negotiation-disabled';
import brokerNegotiationTypo from './broker/negotiation-typo';
import brokerNonStringValue from './broker/non-string-value';
import brokerTlsAnonymous from './broker/tls-anonymous';
import brokerTlsDisabled from './broker/tls-disabled';
import brokerTlsHostnameMissing from './broker/tls-hostname-missing';
import brokerTlsNoCa from './broker/tls-no-ca';
import brokerWeakDbPassword from './broker/weak-db-password';
import brokerXmlEntityDeclaration from './broker/xml-entity-declaration';
import brokerSyntax from './broker/syntax';
import fail2banBantimeShort from './fail2ban/bantime-short';
import fail2banBareSeconds from './fail2ban/bare-seconds';
import fail2banEditedJailConf from './fail2ban/edited-jail-conf';
import fail2banFindtimeShort from './fail2ban/findtime-short';
import fail2banIgnoreipTooBroad from './fail2ban/ignoreip-too-broad';
import fail2banInvalidTime from './fail2ban/invalid-time';
import fail2banJailDisabled from './fail2ban/jail-disabled';
import fail2banMaxretryHigh from './fail2ban/maxretry-high';
import fail2banPyinotifyBackend from './fail2ban/pyinotify-backend';
import fail2banPortMissing from './fail2ban/port-missing';
import fail2banSystemdWithLogpath from './fail2ban/systemd-with-logpath';
import fail2banWrongLogpath from './fail2ban/wrong-logpath';
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
import fail2banSyntax from './fail2ban/syntax';
import gorgoneSyntax from './gorgone/syntax';
import opensslSyntax from './openssl/syntax';
import opensslDanglingSection from './openssl/dangling-section';
import opensslLongValidity from './openssl/long-validity';
import opensslMissingServerEku from './openssl/missing-server-eku';
import opensslSanMissing from './openssl/san-missing';
import opensslSanPlaceholder from './openssl/san-placeholder';
import opensslServerCertIsCa from './openssl/server-cert-is-ca';
import opensslWeakDigest from './openssl/weak-digest';
import opensslWeakKeySize from './openssl/weak-key-size';
import unknownRule from './sipmon/unknown-rule';
import unusedSuppression from './sipmon/unused-suppression';

/** Rules with a check over a format's model. */
export const checkedRules: readonly AnyRule[] = [
  brokerCompressionOff,
  brokerGrpcExposed,
  brokerInvalidBoolean,
  brokerMismatchedPeers,
  brokerNegotiationDisabled,
  brokerNegotiationTypo,
  brokerNonStringValue,
  brokerTlsAnonymous,
  brokerTlsDisabled,
  brokerTlsHostnameMissing,
  brokerTlsNoCa,
  brokerWeakDbPassword,
  brokerXmlEntityDeclaration,
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
  fail2banBantimeShort,
  fail2banBareSeconds,
  fail2banEditedJailConf,
  fail2banFindtimeShort,
  fail2banIgnoreipTooBroad,
  fail2banInvalidTime,
  fail2banJailDisabled,
  fail2banMaxretryHigh,
  fail2banPyinotifyBackend,
  fail2banPortMissing,
  fail2banSystemdWithLogpath,
  fail2banWrongLogpath,
  opensslDanglingSection,
  opensslLongValidity,
  opensslMissingServerEku,
  opensslSanMissing,
  opensslSanPlaceholder,
  opensslServerCertIsCa,
  opensslWeakDigest,
  opensslWeakKeySize,
];

/** Findings the engine makes itself. */
export const engineRules: readonly RuleMeta[] = [
  brokerSyntax,
  fail2banSyntax,
  gorgoneSyntax,
  opensslSyntax,
  unknownRule,
  unusedSuppression,
];

export const allRules: readonly RuleMeta[] = [...checkedRules, ...engineRules].sort((a, b) => a.id.localeCompare(b.id));

export const ruleSet: RuleSet = {
  checked: checkedRules,
  byId: new Map(allRules.map((rule) => [rule.id, rule])),
};
