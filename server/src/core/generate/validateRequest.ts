/** Checks every input of a certificate request at once, so the user sees all the problems together, and applies the defaults. */
import { canonicalIp, dnsNameProblem, fqdnProblem, ipProblem } from './names';
import {
  CertificateRequest, DEFAULT_CA_DAYS, DEFAULT_KEY_TYPE, DEFAULT_LEAF_DAYS, defaultCaCommonName, isKeyType, MAX_CA_DAYS,
  MAX_COMMON_NAME_LENGTH, MAX_LEAF_DAYS, MIN_PASSPHRASE_LENGTH, ValidRequest,
} from './request';

export type Validation = { ok: true; request: ValidRequest } | { ok: false; problems: string[] };

/** Why `days` is refused for `what` ("Server certificate validity", "CA validity"), or undefined. */
export function daysProblem(what: string, days: number, max: number): string | undefined {
  if (!Number.isInteger(days) || days < 1) {
    return `${what} must be a whole number of days, at least 1 (not ${String(days)}).`;
  }
  return days > max ? `${what} of ${days} days is refused: at most ${max} days.` : undefined;
}

/** Why a CA common name cannot be used; the X.509 library mangles quotes and backslashes, so they are refused. */
export function caCommonNameProblem(name: string, fqdn: string): string | undefined {
  if (name === '') {
    return 'CA common name is empty.';
  }
  if (name.length > MAX_COMMON_NAME_LENGTH) {
    return `CA common name is longer than ${MAX_COMMON_NAME_LENGTH} characters.`;
  }
  if (/[\p{Cc}"\\]/u.test(name) || name.startsWith('#')) {
    return 'CA common name may not hold quotes, backslashes or control characters, nor start with "#".';
  }
  if (name.toLowerCase() === fqdn.toLowerCase()) {
    return `CA common name must differ from the server's name (${fqdn}): a CA named like the server looks like the server's own certificate.`;
  }
  return undefined;
}

function uniqueIgnoringCase(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Why a passphrase cannot encrypt a new CA key, or undefined. */
export function passphraseProblem(passphrase: string | undefined): string | undefined {
  if (passphrase === undefined || passphrase === '') {
    return 'CA key passphrase is empty: the CA key is always encrypted.';
  }
  return [...passphrase].length < MIN_PASSPHRASE_LENGTH
    ? `CA key passphrase is too short: at least ${MIN_PASSPHRASE_LENGTH} characters (OpenSSL refuses shorter ones when it asks for it).`
    : undefined;
}

/**
 * Validates `request` (texts are trimmed) and fills in the defaults; never throws. With `passphraseLater`, the
 * passphrase is not checked: a command line checks the other inputs before asking for it.
 */
export function validateRequest(request: CertificateRequest, passphraseLater = false): Validation {
  const problems: string[] = [];
  const fqdn = request.fqdn.trim();
  const fqdnIssue = fqdnProblem(fqdn);
  if (fqdnIssue !== undefined) {
    problems.push(`Server name "${fqdn}" is refused: ${fqdnIssue}.`);
  }

  const extraNames = (request.dnsNames ?? []).map((name) => name.trim()).filter((name) => name !== '');
  for (const name of extraNames) {
    const issue = dnsNameProblem(name);
    if (issue !== undefined) {
      problems.push(`DNS name "${name}" is refused: ${issue}.`);
    }
  }

  const ipAddresses: ValidRequest['ipAddresses'] = [];
  for (const written of (request.ipAddresses ?? []).map((address) => address.trim()).filter((address) => address !== '')) {
    const canonical = canonicalIp(written);
    if (canonical === undefined) {
      problems.push(`IP address "${written}" is refused: ${ipProblem(written) ?? 'it is not an address'}.`);
    } else if (!ipAddresses.some((address) => address.canonical === canonical)) {
      ipAddresses.push({ written, canonical });
    }
  }

  const keyType = request.keyType ?? DEFAULT_KEY_TYPE;
  if (!isKeyType(keyType)) {
    problems.push(`Key type "${String(keyType)}" is unknown.`);
  }
  const days = request.days ?? DEFAULT_LEAF_DAYS;
  const daysIssue = daysProblem('Server certificate validity', days, MAX_LEAF_DAYS);
  if (daysIssue !== undefined) {
    problems.push(daysIssue);
  }

  let newCa: ValidRequest['newCa'];
  let existingCa: ValidRequest['existingCa'];
  if (request.existingCa) {
    if (request.caCommonName !== undefined || request.caDays !== undefined) {
      problems.push('A CA common name or validity describes a new CA: leave them out when signing with an existing CA.');
    }
    existingCa = { ...request.existingCa, passphrase: request.passphrase === '' ? undefined : request.passphrase };
  } else {
    const commonName = (request.caCommonName ?? defaultCaCommonName(fqdn)).trim();
    const nameIssue = caCommonNameProblem(commonName, fqdn);
    if (nameIssue !== undefined) {
      problems.push(nameIssue);
    }
    const caDays = request.caDays ?? DEFAULT_CA_DAYS;
    const caDaysIssue = daysProblem('CA validity', caDays, MAX_CA_DAYS);
    if (caDaysIssue !== undefined) {
      problems.push(caDaysIssue);
    } else if (daysIssue === undefined && caDays < days) {
      problems.push(`CA validity (${caDays} days) is shorter than the server certificate's (${days} days): the certificate would outlive its CA.`);
    }
    const passphraseIssue = passphraseLater ? undefined : passphraseProblem(request.passphrase);
    if (passphraseIssue !== undefined) {
      problems.push(passphraseIssue);
    }
    newCa = { commonName, days: caDays, passphrase: request.passphrase ?? '' };
  }

  if (problems.length > 0 || !isKeyType(keyType)) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    request: {
      fqdn,
      host: fqdn.split('.')[0],
      dnsNames: uniqueIgnoringCase([fqdn, ...extraNames]),
      ipAddresses,
      keyType,
      days,
      newCa,
      existingCa,
    },
  };
}
