/**
 * apache2 itself proves the fixes: every fixture, after all its preferred fixes, and every hardened fixture and
 * snippet as written, included from a minimal main configuration, passes `apache2 -t`.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyEdits } from '../../../server/src/core/fixes';
import { directivesNamed } from '../../../server/src/formats/apache/query';
import { parseApache } from '../../../server/src/formats/apache/model';
import { requireTool, runTool } from '../../helpers/tools';
import { fixtureCases } from '../../helpers/fixtures';
import { repoRoot } from '../../helpers/paths';
import { fixEverything } from '../../helpers/fixtureFixes';
import { apacheSnippetTexts } from '../../helpers/apacheSnippets';
import { apacheConfigTest, requireApache, writeMainConfig } from '../../helpers/apacheHarness';

interface Sandbox {
  dir: string;
  certificate: string;
  key: string;
}

/** Points every certificate and key directive at the throwaway pair: the files must exist for apache2 -t. */
function withTestCertificates(text: string, sandbox: Sandbox): string {
  const { model } = parseApache(text);
  const edits = directivesNamed(model, 'sslcertificatefile', 'sslcertificatekeyfile').flatMap((directive) => {
    const file = directive.key === 'sslcertificatefile' ? sandbox.certificate : sandbox.key;
    return directive.args.length > 0 ? [{ span: { start: directive.args[0].span.start, end: directive.args[directive.args.length - 1].span.end }, text: `"${file}"` }] : [];
  });
  return applyEdits(text, edits);
}

function configTest(apache2: string, sandbox: Sandbox, name: string, text: string): void {
  const site = path.join(sandbox.dir, `${name.replace(/[^\w.-]+/g, '_')}.conf`);
  fs.writeFileSync(site, withTestCertificates(text, sandbox));
  const result = apacheConfigTest(apache2, writeMainConfig(sandbox.dir, [site]));
  assert.equal(result.status, 0, `apache2 -t refused ${name}:\n${result.output}\n--- ${site}:\n${fs.readFileSync(site, 'utf8')}`);
  assert.match(result.output, /Syntax OK/);
}

suite('real tool: apache2 -t', function () {
  this.timeout(120000);
  let apache2 = '';
  const sandbox: Sandbox = { dir: '', certificate: '', key: '' };

  suiteSetup(function () {
    apache2 = requireApache(this);
    const openssl = requireTool(this, 'openssl', 'openssl');
    sandbox.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-apache-'));
    sandbox.certificate = path.join(sandbox.dir, 'server.crt');
    sandbox.key = path.join(sandbox.dir, 'server.key');
    const made = runTool(openssl, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', sandbox.key, '-out', sandbox.certificate, '-days', '2', '-subj', '/CN=sipmon-lint.test']);
    assert.equal(made.status, 0, made.stderr);
  });

  suiteTeardown(() => {
    if (sandbox.dir) {
      fs.rmSync(sandbox.dir, { recursive: true, force: true });
    }
  });

  const files = fixtureCases().filter((fixture) => fixture.format === 'apache').flatMap((fixture) => fixture.files.map((file) => ({ fixture, file })));

  test('there are fixtures to check', () => {
    assert.ok(files.length >= 40, `only ${files.length} apache fixtures`);
  });

  for (const { fixture, file } of files) {
    const name = path.relative(path.join(repoRoot, 'test', 'fixtures', 'apache'), file.source);
    if (file.kind === 'ok') {
      test(`${name} as written`, () => configTest(apache2, sandbox, name, file.text));
    }
    test(`${name} after every preferred fix`, () => configTest(apache2, sandbox, `${name}.fixed`, fixEverything(fixture, file).text));
  }

  for (const [prefix, text] of Object.entries(apacheSnippetTexts())) {
    test(`snippet ${prefix}`, () => configTest(apache2, sandbox, `snippet-${prefix}`, text));
  }
});
