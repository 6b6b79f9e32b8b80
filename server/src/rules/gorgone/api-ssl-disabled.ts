/** gorgone/api-ssl-disabled: the Gorgone HTTP API listens beyond loopback without TLS. */
import { defineRule } from '../../core/rule';
import { DEFAULT_HTTPSERVER_ADDRESS, enableSslEdits } from '../../formats/gorgone/httpserver';
import { GorgoneModel, isLoopback } from '../../formats/gorgone/model';
import { loadedModulesOfKind, moduleAnchor } from '../../formats/gorgone/modules';
import { isExactlyTrue, isPlaceholder, meansOnButIsNot } from '../../formats/gorgone/values';
import { RawYaml, setPair } from '../../formats/yaml/edits';
import { asScalar, getPair, textAt } from '../../formats/yaml/model';

export default defineRule<GorgoneModel>({
  id: 'gorgone/api-ssl-disabled',
  format: 'gorgone',
  severity: 'error',
  description: 'The Gorgone HTTP API listens on a non-loopback address without TLS.',
  rationale: 'The httpserver module serves /api/core/action/command (runs commands) and carries the Basic credentials. Without `ssl: true` they cross the network in clear. Hardened: `ssl: true` with `ssl_cert_file`/`ssl_key_file`, or `address: "127.0.0.1"` when only local callers need the API.',
  messages: {
    plaintext: 'The Gorgone HTTP API listens on {{address}} without TLS: commands and credentials cross the network in clear.',
  },
  fixable: true,
  check({ model, text, report }) {
    for (const module of loadedModulesOfKind(model, 'httpserver')) {
      const addressText = textAt(module.map, 'address');
      const address = addressText === undefined || addressText.trim() === '' ? DEFAULT_HTTPSERVER_ADDRESS : addressText;
      const sslPair = getPair(module.map, 'ssl');
      const ssl = asScalar(sslPair?.value);
      // A misspelt "on" (`ssl: yes`) is gorgone/non-boolean-flag's finding: the daemon then refuses to start rather than serve in clear.
      if (isPlaceholder(address) || isLoopback(address) || (ssl && (isExactlyTrue(ssl.text) || meansOnButIsNot(ssl.text) || isPlaceholder(ssl.text)))) {
        continue;
      }
      const tls = enableSslEdits(text, module.map);
      const files = tls.added.length > 0 ? ` and ${tls.added.join(', ')}` : '';
      report({
        messageId: 'plaintext',
        data: { address },
        span: ssl?.span ?? sslPair?.keySpan ?? moduleAnchor(module),
        fixes: [
          { title: `Enable TLS (ssl: true${files}); the certificate and key files must exist or gorgoned will not start`, edits: tls.edits, needsJudgement: true },
          { title: 'Bind the API to 127.0.0.1 (remote callers lose access)', edits: [setPair(text, module.map, 'address', new RawYaml('"127.0.0.1"'))], needsJudgement: true },
        ],
      });
    }
  },
});
