/** The names of the generated files, as the guide names them: `<host>.key/.csr/.crt` and `ca_demo.key/.crt`. */
import { CA_FILE_STEM, ValidRequest } from './request';

export interface OutputNames {
  key: string;
  csr: string;
  certificate: string;
  summary: string;
  /** Only when a new CA is made. */
  caKey: string | undefined;
  caCertificate: string | undefined;
}

export function outputNames(request: ValidRequest): OutputNames {
  const newCa = request.newCa !== undefined;
  return {
    key: `${request.host}.key`,
    csr: `${request.host}.csr`,
    certificate: `${request.host}.crt`,
    summary: `${request.host}.summary.md`,
    caKey: newCa ? `${CA_FILE_STEM}.key` : undefined,
    caCertificate: newCa ? `${CA_FILE_STEM}.crt` : undefined,
  };
}

/** Every name that will be written. */
export function allOutputNames(names: OutputNames): string[] {
  return [names.key, names.csr, names.certificate, names.caKey, names.caCertificate, names.summary].filter((name): name is string => name !== undefined);
}
