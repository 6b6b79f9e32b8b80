/** The command line of `sipmon-lint cert`: options, their validation, and the usage text. */
import { parseArgs } from 'node:util';
import { DEFAULT_CA_DAYS, DEFAULT_LEAF_DAYS, isKeyType, KEY_TYPES, KeyType, MAX_CA_DAYS, MAX_LEAF_DAYS } from '../core/generate/request';

export const PASSPHRASE_VARIABLE = 'SIPMON_CA_PASSPHRASE';

export interface CertOptions {
  fqdn: string;
  dnsNames: string[];
  ipAddresses: string[];
  keyType: KeyType | undefined;
  days: number | undefined;
  caCommonName: string | undefined;
  caDays: number | undefined;
  /** An existing CA to sign with: both files, or neither. */
  caCertificateFile: string | undefined;
  caKeyFile: string | undefined;
  outputFolder: string;
  force: boolean;
  help: boolean;
}

export type ParsedCertArgs = { ok: true; options: CertOptions } | { ok: false; error: string };

export const CERT_USAGE = `Usage: sipmon-lint cert --fqdn <name> [--dns <name>]... [--ip <addr>]... [--key <type>] [--days N]
                       [--ca-cn <name>] [--ca-days N] [--ca-cert <file> --ca-key <file>] --out <dir> [--force]

Creates a server key, its CSR and its certificate (CA:FALSE, serverAuth, every name in subjectAltName),
signed by a new CA (ca_demo.key, encrypted, and ca_demo.crt) or by an existing one, plus a summary.

Options:
  --fqdn <name>       The server's fully qualified name: the certificate's CN and first DNS name
  --dns <name>        Another DNS name for subjectAltName (repeatable)
  --ip <addr>         An IP address for subjectAltName, IPv4 or IPv6 (repeatable)
  --key <type>        Key type: ${KEY_TYPES.join(', ')} (default rsa2048)
  --days <n>          Server certificate validity in days (default ${DEFAULT_LEAF_DAYS}, at most ${MAX_LEAF_DAYS})
  --ca-cn <name>      Common name of the new CA (must differ from the FQDN)
  --ca-days <n>       Validity of the new CA in days (default ${DEFAULT_CA_DAYS}, at most ${MAX_CA_DAYS})
  --ca-cert <file>    Sign with this existing CA certificate (PEM) instead of creating a CA
  --ca-key <file>     The existing CA's private key (PEM, encrypted or not)
  --out <dir>         The folder to write into (must exist)
  --force             Replace files that already exist
  -h, --help          Show this help

The CA key passphrase is read from ${PASSPHRASE_VARIABLE}, or asked for (without echo) in a terminal.
Exit codes: 0 files written, 2 bad input, existing files without --force, or a write error.
`;

type Days = { ok: true; value: number | undefined } | { ok: false; error: string };

function daysOption(option: string, text: string | undefined): Days {
  if (text === undefined) {
    return { ok: true, value: undefined };
  }
  return /^\d+$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, error: `--${option} expects a whole number of days, not "${text}".` };
}

/** Parses the arguments after `cert`; never throws. */
export function parseCertArgs(argv: readonly string[]): ParsedCertArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        fqdn: { type: 'string' },
        dns: { type: 'string', multiple: true },
        ip: { type: 'string', multiple: true },
        key: { type: 'string' },
        days: { type: 'string' },
        'ca-cn': { type: 'string' },
        'ca-days': { type: 'string' },
        'ca-cert': { type: 'string' },
        'ca-key': { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const { values } = parsed;
  const help = values.help ?? false;
  if (!help && (values.fqdn === undefined || values.out === undefined)) {
    return { ok: false, error: `${values.fqdn === undefined ? '--fqdn' : '--out'} is required.` };
  }
  let keyType: KeyType | undefined;
  if (values.key !== undefined) {
    if (!isKeyType(values.key)) {
      return { ok: false, error: `Unknown key type "${values.key}": expected ${KEY_TYPES.join(', ')}.` };
    }
    keyType = values.key;
  }
  if ((values['ca-cert'] === undefined) !== (values['ca-key'] === undefined)) {
    return { ok: false, error: '--ca-cert and --ca-key go together: give both to sign with an existing CA.' };
  }
  const days = daysOption('days', values.days);
  if (!days.ok) {
    return days;
  }
  const caDays = daysOption('ca-days', values['ca-days']);
  if (!caDays.ok) {
    return caDays;
  }
  return {
    ok: true,
    options: {
      fqdn: values.fqdn ?? '',
      dnsNames: values.dns ?? [],
      ipAddresses: values.ip ?? [],
      keyType,
      days: days.value,
      caCommonName: values['ca-cn'],
      caDays: caDays.value,
      caCertificateFile: values['ca-cert'],
      caKeyFile: values['ca-key'],
      outputFolder: values.out ?? '',
      force: values.force ?? false,
      help,
    },
  };
}
