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
import apacheTraceEnable from './apache/trace-enable';
import apacheXFrameOptionsMissing from './apache/x-frame-options-missing';
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
