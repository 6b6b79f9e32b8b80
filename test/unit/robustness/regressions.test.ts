/** What the fuzzer and the hostile inputs found, pinned as small cases. */
import * as assert from 'node:assert/strict';
import { emptyConfig } from '../../../server/src/core/config';
import { lint, MAX_MESSAGE_LENGTH, MAX_SYNTAX_FINDINGS } from '../../../server/src/core/engine';
import { applyEdits } from '../../../server/src/core/fixes';
import { emptyWorkspace } from '../../../server/src/core/workspace';
import { formatById } from '../../../server/src/formats';
import { ruleSet } from '../../../server/src/rules';
import { testSecret } from '../../helpers/ruleTester';

function lintAs(formatId: string, path: string, text: string) {
  const format = formatById(formatId);
  assert.ok(format);
  return lint({ text, path, format, ruleSet, config: emptyConfig, workspace: emptyWorkspace, newSecret: testSecret });
}

suite('robustness: regressions', () => {
  test('a key whose value swallowed the rest of the file (a misindented line) still gets fixes whose edits do not overlap', () => {
    const text = [
      'gorgone:',
      '  modules:',
      '    - name: httpserver',
      '      package: "gorgone::modules::core::httpserver::hooks"',
      '      enable: true',
      '      address: "0.0.0.0"',
      '      ssl: true',
      '          ssl_cert_file: /etc/pki/tls/certs/gorgone.crt',
      '      auth:',
      '        enabled: false',
      '',
    ].join('\n');
    const findings = lintAs('gorgone', '/etc/Sipmon-gorgone/config.d/40-gorgoned.yaml', text).findings;
    const fixes = findings.flatMap((finding) => finding.fixes);
    assert.ok(fixes.some((fix) => fix.edits.length > 1), 'expected a fix of several edits');
    for (const fix of fixes) {
      const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
      edits.slice(1).forEach((edit, index) => assert.ok(edits[index].span.end <= edit.span.start, `${fix.title}: ${JSON.stringify(edits.map((each) => each.span))}`));
      assert.ok(applyEdits(text, fix.edits).endsWith('\n'));
    }
  });

  test('a message quoting a huge piece of the file is cut short', () => {
    const findings = lintAs('apache', '/etc/apache2/sites-available/x.conf', '<'.repeat(100_000)).findings;
    assert.ok(findings.length > 0);
    assert.ok(findings.every((finding) => finding.message.length <= MAX_MESSAGE_LENGTH + 1));
  });

  test('a file of garbage gets a bounded number of syntax findings, the last saying that more exist', () => {
    const findings = lintAs('openssl', '/etc/ssl/openssl.cnf', 'x\n'.repeat(5000)).findings.filter((finding) => finding.ruleId === 'openssl/syntax');
    assert.equal(findings.length, MAX_SYNTAX_FINDINGS);
    assert.match(findings[findings.length - 1].message, /further syntax problems are not listed/);
  });

  test('Broker JSON: every key set twice in one object is reported where the ignored value is', () => {
    const text = '{"SipmonBroker": {"broker_name": "a", "broker_id": "1", "broker_name": "b", "broker_name": "c"}}';
    const findings = lintAs('broker', '/etc/Sipmon-broker/central-broker.json', text).findings.filter((finding) => finding.ruleId === 'broker/syntax');
    assert.deepEqual(findings.map((finding) => text.slice(finding.span.start, finding.span.end)), ['"broker_name"', '"broker_name"']);
    assert.deepEqual(findings.map((finding) => finding.span.start), [text.indexOf('"broker_name"'), text.indexOf('"broker_name"', text.indexOf('"broker_id"'))]);
  });

  test('openssl.cnf: an enormous default_days is quoted as written', () => {
    const findings = lintAs('openssl', '/etc/ssl/openssl.cnf', `[ req ]\ndefault_days = 9${'9'.repeat(30)}\n`).findings;
    assert.ok(findings.some((finding) => finding.ruleId === 'openssl/long-validity' && finding.message.startsWith(`default_days = 9${'9'.repeat(30)}:`)));
  });

  test('Apache: sections opened beyond the depth limit are skipped with their closing tags, so what follows is read as usual', () => {
    const text = `${'<IfModule a>\n'.repeat(150)}${'</IfModule>\n'.repeat(150)}TraceEnable on\n`;
    const findings = lintAs('apache', '/etc/apache2/sites-available/x.conf', text).findings;
    assert.deepEqual(findings.filter((finding) => finding.ruleId === 'apache/syntax').map((finding) => finding.message), ['Sections nest more than 100 levels deep: the deeper ones are not read.']);
    assert.ok(findings.some((finding) => finding.ruleId === 'apache/trace-enable'));
  });

  test('YAML: ordinary aliases are no bomb', () => {
    const text = 'gorgone:\n  base: &base { enable: true }\n  one: *base\n  two: *base\n';
    assert.deepEqual(lintAs('gorgone', '/etc/Sipmon-gorgone/config.d/x.yaml', text).findings.filter((finding) => finding.ruleId === 'gorgone/syntax'), []);
  });
});
