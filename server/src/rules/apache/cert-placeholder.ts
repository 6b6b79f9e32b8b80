/** apache/cert-placeholder: the TLS certificate or key is still a sample file (ca.crt, localhost.crt, snakeoil, @PLACEHOLDER@). */
import { defineRule } from '../../core/rule';
import { ApacheModel } from '../../formats/apache/model';
import { directivesNamed } from '../../formats/apache/query';

/** File names of the samples that ship with the product, RHEL's mod_ssl and Debian's ssl-cert, and unrendered template placeholders. */
const SAMPLE = /^(ca\.(crt|key|pem)|localhost\.(crt|key|pem)|.*snakeoil.*|@[A-Z0-9_]+@)$/i;

export default defineRule<ApacheModel>({
  id: 'apache/cert-placeholder',
  format: 'apache',
  severity: 'warning',
  description: 'SSLCertificateFile or SSLCertificateKeyFile still points at a sample file (ca.crt, ca.key, localhost.crt, snakeoil).',
  rationale: 'The shipped HTTPS example names `/etc/pki/tls/certs/ca.crt` and `ca.key`: placeholders, and a CA certificate is no server certificate (Firefox refuses one used as an end entity). `localhost.crt` (RHEL) and `ssl-cert-snakeoil` (Debian) are self-signed certificates made at install time for "localhost". Browsers cannot verify them, so users learn to click through warnings. Point at the server\'s own certificate and key (the guide\'s `Sipmon7.crt` / `Sipmon7.key`).',
  messages: { sample: '{{directive}} points at the sample file {{file}}; use the server\'s own certificate and key.' },
  fixable: false,
  check({ model, report }) {
    for (const directive of directivesNamed(model, 'sslcertificatefile', 'sslcertificatekeyfile')) {
      const path = directive.args[0];
      const file = path?.value.split('/').pop() ?? '';
      if (path && SAMPLE.test(file)) {
        report({ messageId: 'sample', data: { directive: directive.name, file }, span: path.span });
      }
    }
  },
});
