/** The registry: every rule, listed explicitly. */
import { RuleSet } from '../core/engine';
import { AnyRule, RuleMeta } from '../core/rule';
import apacheAllowoverrideAll from './apache/allowoverride-all';
import apacheBaseUriInvalid from './apache/base-uri-invalid';
import apacheCertPlaceholder from './apache/cert-placeholder';
import apacheCookieFlags from './apache/cookie-flags';
import apacheDirectoryListing from './apache/directory-listing';
import apacheH2cOnTls from './apache/h2c-on-tls';
import apacheHstsMissing from './apache/hsts-missing';
import apacheHttpNotRedirected from './apache/http-not-redirected';
import apacheHttp2NotEnabled from './apache/http2-not-enabled';
import apacheIconsAlias from './apache/icons-alias';
import apacheLegacyAccessControl from './apache/legacy-access-control';
import apacheLoglevelDebug from './apache/loglevel-debug';
import apachePhpFpmNotLocal from './apache/php-fpm-not-local';
import apacheServerSignature from './apache/server-signature';
import apacheServerTokens from './apache/server-tokens';
import apacheSslCipherWeak from './apache/ssl-cipher-weak';
import apacheSslCompression from './apache/ssl-compression';
import apacheSslInsecureRenegotiation from './apache/ssl-insecure-renegotiation';
import apacheSslProtocolLegacy from './apache/ssl-protocol-legacy';
import apacheSyntax from './apache/syntax';
import apacheTraceEnable from './apache/trace-enable';
import apacheXFrameOptionsMissing from './apache/x-frame-options-missing';
import brokerCompressionOff from './broker/compression-off';
import brokerGrpcExposed from './broker/grpc-exposed';
import brokerInvalidBoolean from './broker/invalid-boolean';
import brokerMismatchedPeers from './broker/mismatched-peers';
import brokerNegotiationDisabled from './broker/negotiation-disabled';
import brokerNegotiationTypo from './broker/negotiation-typo';
import brokerNonStringValue from './broker/non-string-value';
import brokerSyntax from './broker/syntax';
import brokerTlsAnonymous from './broker/tls-anonymous';
import brokerTlsDisabled from './broker/tls-disabled';
import brokerTlsHostnameMissing from './broker/tls-hostname-missing';
import brokerTlsNoCa from './broker/tls-no-ca';
import brokerWeakDbPassword from './broker/weak-db-password';
import brokerXmlEntityDeclaration from './broker/xml-entity-declaration';
import fail2banBantimeShort from './fail2ban/bantime-short';
import fail2banBareSeconds from './fail2ban/bare-seconds';
import fail2banEditedJailConf from './fail2ban/edited-jail-conf';
import fail2banFindtimeShort from './fail2ban/findtime-short';
import fail2banIgnoreipTooBroad from './fail2ban/ignoreip-too-broad';
import fail2banInvalidTime from './fail2ban/invalid-time';
import fail2banJailDisabled from './fail2ban/jail-disabled';
import fail2banMaxretryHigh from './fail2ban/maxretry-high';
import fail2banPortMissing from './fail2ban/port-missing';
import fail2banPyinotifyBackend from './fail2ban/pyinotify-backend';
import fail2banSyntax from './fail2ban/syntax';
import fail2banSystemdWithLogpath from './fail2ban/systemd-with-logpath';
import fail2banWrongLogpath from './fail2ban/wrong-logpath';
import gorgoneAllowedHostsDisabled from './gorgone/allowed-hosts-disabled';
import gorgoneAllowedHostsTooBroad from './gorgone/allowed-hosts-too-broad';
import gorgoneApiAuthDisabled from './gorgone/api-auth-disabled';
import gorgoneApiSslDisabled from './gorgone/api-ssl-disabled';
import gorgoneApiUrlInsecure from './gorgone/api-url-insecure';
import gorgoneAutodiscoveryShell from './gorgone/autodiscovery-shell';
import gorgoneCommandWhitelistDisabled from './gorgone/command-whitelist-disabled';
import gorgoneDuplicateModule from './gorgone/duplicate-module';
import gorgoneFingerprintModeAlways from './gorgone/fingerprint-mode-always';
import gorgoneInsecureArchiveExtract from './gorgone/insecure-archive-extract';
import gorgoneInternalCryptDisabled from './gorgone/internal-crypt-disabled';
import gorgoneNonBooleanFlag from './gorgone/non-boolean-flag';
import gorgoneSyntax from './gorgone/syntax';
import gorgoneTlsVerifyDisabled from './gorgone/tls-verify-disabled';
import gorgoneVendorWhitelistEdited from './gorgone/vendor-whitelist-edited';
import gorgoneWeakSecret from './gorgone/weak-secret';
import gorgoneWhitelistRegexUnanchored from './gorgone/whitelist-regex-unanchored';
import gorgoneZmqNoAuthorizedClients from './gorgone/zmq-no-authorized-clients';
import opensslDanglingSection from './openssl/dangling-section';
import opensslLongValidity from './openssl/long-validity';
import opensslMissingServerEku from './openssl/missing-server-eku';
import opensslSanMissing from './openssl/san-missing';
import opensslSanPlaceholder from './openssl/san-placeholder';
import opensslServerCertIsCa from './openssl/server-cert-is-ca';
import opensslSyntax from './openssl/syntax';
import opensslWeakDigest from './openssl/weak-digest';
import opensslWeakKeySize from './openssl/weak-key-size';
import sipmonFileTooLarge from './sipmon/file-too-large';
import sipmonUnknownRule from './sipmon/unknown-rule';
import sipmonUnusedSuppression from './sipmon/unused-suppression';

/** Rules with a check over a format's model. */
export const checkedRules: readonly AnyRule[] = [
  apacheAllowoverrideAll,
  apacheBaseUriInvalid,
  apacheCertPlaceholder,
  apacheCookieFlags,
  apacheDirectoryListing,
  apacheH2cOnTls,
  apacheHstsMissing,
  apacheHttpNotRedirected,
  apacheHttp2NotEnabled,
  apacheIconsAlias,
  apacheLegacyAccessControl,
  apacheLoglevelDebug,
  apachePhpFpmNotLocal,
  apacheServerSignature,
  apacheServerTokens,
  apacheSslCipherWeak,
  apacheSslCompression,
  apacheSslInsecureRenegotiation,
  apacheSslProtocolLegacy,
  apacheTraceEnable,
  apacheXFrameOptionsMissing,
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
  fail2banBantimeShort,
  fail2banBareSeconds,
  fail2banEditedJailConf,
  fail2banFindtimeShort,
  fail2banIgnoreipTooBroad,
  fail2banInvalidTime,
  fail2banJailDisabled,
  fail2banMaxretryHigh,
  fail2banPortMissing,
  fail2banPyinotifyBackend,
  fail2banSystemdWithLogpath,
  fail2banWrongLogpath,
  gorgoneAllowedHostsDisabled,
  gorgoneAllowedHostsTooBroad,
  gorgoneApiAuthDisabled,
  gorgoneApiSslDisabled,
  gorgoneApiUrlInsecure,
  gorgoneAutodiscoveryShell,
  gorgoneCommandWhitelistDisabled,
  gorgoneDuplicateModule,
  gorgoneFingerprintModeAlways,
  gorgoneInsecureArchiveExtract,
  gorgoneInternalCryptDisabled,
  gorgoneNonBooleanFlag,
  gorgoneTlsVerifyDisabled,
  gorgoneVendorWhitelistEdited,
  gorgoneWeakSecret,
  gorgoneWhitelistRegexUnanchored,
  gorgoneZmqNoAuthorizedClients,
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
  apacheSyntax,
  brokerSyntax,
  fail2banSyntax,
  gorgoneSyntax,
  opensslSyntax,
  sipmonFileTooLarge,
  sipmonUnknownRule,
  sipmonUnusedSuppression,
];

export const allRules: readonly RuleMeta[] = [...checkedRules, ...engineRules].sort((a, b) => a.id.localeCompare(b.id));

export const ruleSet: RuleSet = {
  checked: checkedRules,
  byId: new Map(allRules.map((rule) => [rule.id, rule])),
};
