/** Judging the passwords and tokens written in Gorgone files: which values are not secrets at all, and which are weak. */
import { YamlScalar } from '../yaml/model';
import { isVaultReference } from './model';
import { isPlaceholder } from './values';

export type SecretKind = 'password' | 'token';
export type Weakness = 'empty' | 'sample' | 'regex' | 'short';

/** A token is matched as a regex and guessed offline more easily, hence the longer minimum. */
export const MIN_SECRET_LENGTH: Record<SecretKind, number> = { password: 12, token: 16 };

/** Values printed in the product's documentation, samples, tests and Docker files (compared case-insensitively). */
const SAMPLE_SECRETS = new Set([
  'password', 'passwd', 'pass', 'admin', 'root', 'secret', 'token', 'secret_token', 'changeme', 'change_me', 'changeme-sipmon',
  'sipmon', 'centreon', 'gorgone', 'sipmon-gorgone', 'bpltc4ay', 'webapipassword!', 'sipmon!2021', 'sipmon2025!',
  '1234', '12345', '123456', '12345678', '123456789', 'azerty', 'qwerty',
]);

/** Characters that change the meaning of the bearer-token regex the proxy builds around the token. */
const REGEX_METACHARACTERS = /[\\.^$|?*+()[\]{}]/;

/**
 * Whether a value stands for a secret kept elsewhere: a Vault reference (resolved at load time),
 * a template placeholder (filled in by the installer), or an `!include`d file.
 */
export function isIndirectSecret(scalar: YamlScalar): boolean {
  return isVaultReference(scalar) || isPlaceholder(scalar.text) || scalar.tag === '!include';
}

/** Why a plaintext secret is weak, or undefined when it is not. */
export function weaknessOf(secret: string, kind: SecretKind): Weakness | undefined {
  if (secret.trim() === '') {
    return 'empty';
  }
  if (SAMPLE_SECRETS.has(secret.trim().toLowerCase())) {
    return 'sample';
  }
  // [daemon] the proxy checks `authorization !~ /^\s*Bearer\s+$token\s*$/` with the token unescaped.
  if (kind === 'token' && REGEX_METACHARACTERS.test(secret)) {
    return 'regex';
  }
  return [...secret].length < MIN_SECRET_LENGTH[kind] ? 'short' : undefined;
}
