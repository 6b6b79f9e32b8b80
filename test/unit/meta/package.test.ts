/** The .vsix that `npm run package` makes holds the esbuild bundles and the assets, nothing else, under 2 MB; and the bundles work. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../../../server/src/rules';
import { GORGONED, INSECURE } from '../../helpers/gorgoneTexts';
import { LspTestClient } from '../../helpers/lspClient';
import { readManifest } from '../../helpers/manifest';
import { repoRoot } from '../../helpers/paths';
import { TempWorkspace } from '../../helpers/tempWorkspace';

const VSCE = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
const MAX_VSIX_BYTES = 2 * 1024 * 1024;
const BUNDLES = ['dist/extension.js', 'dist/generateCertificateCommand.js', 'dist/server.js', 'dist/sipmon-lint.js'];
/** Packaging runs `vscode:prepublish` (tsc -b, then the bundles) before zipping. */
const PACKAGE_TIMEOUT_MS = 180_000;

/** The arguments of the `package` script, with the output moved to `out`: the test checks the package users get. */
function packageArguments(out: string): string[] {
  const words = readManifest().scripts.package.split(/\s+/);
  assert.deepEqual(words.slice(0, 2), ['vsce', 'package']);
  const args = words.slice(1);
  const output = args.indexOf('-o');
  return output >= 0 ? [...args.slice(0, output), '-o', out, ...args.slice(output + 2)] : [...args, '-o', out];
}

function runNode(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, args, { cwd: options.cwd ?? repoRoot, env: options.env ?? process.env, encoding: 'utf8', timeout: PACKAGE_TIMEOUT_MS });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

suite('meta: packaged extension', function () {
  this.timeout(PACKAGE_TIMEOUT_MS);
  let scratch: string;
  let vsix: string;
  let files: Set<string>;

  suiteSetup(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-vsix-'));
    vsix = path.join(scratch, 'sipmon-config-lint.vsix');
    const packaged = runNode([VSCE, ...packageArguments(vsix)]);
    assert.equal(packaged.status, 0, packaged.stderr);
    // The same rules (.vscodeignore, no dependencies) as the package just made.
    const listing = runNode([VSCE, 'ls', '--no-dependencies']);
    assert.equal(listing.status, 0, listing.stderr);
    files = new Set(listing.stdout.split('\n').filter(Boolean));
  });
  suiteTeardown(() => fs.rmSync(scratch, { recursive: true, force: true }));

  test('holds the bundles, the manifest and the assets', () => {
    for (const needed of [...BUNDLES, 'package.json', 'README.md', 'schemas/sipmonlint.schema.json', 'syntaxes/apacheconf.tmLanguage.json', 'snippets/yaml.json']) {
      assert.ok(files.has(needed), `missing ${needed}`);
    }
    for (const rule of allRules) {
      assert.ok(files.has(`docs/rules/${rule.id}.md`), `missing the page of ${rule.id}`);
    }
    assert.equal(readManifest().main, './dist/extension.js');
  });

  test('holds no node_modules, compiled tree, sources, maps or tests: the bundles are its only code', () => {
    const unwanted = [...files].filter((file) => /^(node_modules|out|bin|client|server|test|examples|scripts|\.ci|\.vscode|\.cache)\//.test(file) || /\.(ts|map|tsbuildinfo)$/.test(file));
    assert.deepEqual(unwanted, []);
    assert.deepEqual([...files].filter((file) => file.endsWith('.js')).sort(), [...BUNDLES].sort());
  });

  test('is under 2 MB', () => {
    const size = fs.statSync(vsix).size;
    assert.ok(size < MAX_VSIX_BYTES, `${(size / 1024 / 1024).toFixed(2)} MB`);
  });

  test('the bundled CLI lints, and links each finding to its page in the package', () => {
    const run = runNode([path.join(repoRoot, 'dist', 'sipmon-lint.js'), '--format', 'sarif', 'examples'], { cwd: repoRoot });
    assert.equal(run.status, 1, run.stderr);
    const sarif = JSON.parse(run.stdout) as { runs: { tool: { driver: { rules: { helpUri: string }[] } } }[] };
    const pages = sarif.runs[0].tool.driver.rules.map((rule) => fileURLToPath(rule.helpUri));
    assert.ok(pages.length > 0);
    assert.deepEqual(pages.filter((page) => !fs.existsSync(page)), []);
  });

  test('the bundled CLI generates a certificate (reflect-metadata, tslib and @peculiar/x509 inside the bundle)', () => {
    const out = path.join(scratch, 'certificate');
    fs.mkdirSync(out);
    const run = runNode([path.join(repoRoot, 'dist', 'sipmon-lint.js'), 'cert', '--fqdn', 'monitor.example.org', '--key', 'p256', '--out', out], {
      cwd: scratch,
      env: { ...process.env, SIPMON_CA_PASSPHRASE: 'bundled-test-passphrase' },
    });
    assert.equal(run.status, 0, run.stderr);
    const certificate = new X509Certificate(fs.readFileSync(path.join(out, 'monitor.crt')));
    const authority = new X509Certificate(fs.readFileSync(path.join(out, 'ca_demo.crt')));
    assert.match(certificate.subject, /CN=monitor\.example\.org/);
    assert.ok(certificate.verify(authority.publicKey), 'not signed by the generated CA');
  });

  test('the bundled server publishes a finding whose page is in the package', async () => {
    const workspace = new TempWorkspace();
    const client = await LspTestClient.start({ serverModule: path.join(repoRoot, 'dist', 'server.js') });
    try {
      const uri = workspace.write(GORGONED, INSECURE);
      const since = client.mark();
      await client.open(uri, INSECURE);
      const [diagnostic] = await client.diagnostics(uri, since, (diagnostics) => diagnostics.length > 0);
      assert.equal(diagnostic.code, 'gorgone/fingerprint-mode-always');
      const page = fileURLToPath(diagnostic.codeDescription?.href ?? 'file:///missing');
      assert.equal(path.relative(repoRoot, page), path.join('docs', 'rules', 'gorgone', 'fingerprint-mode-always.md'));
    } finally {
      await client.stop();
      workspace.remove();
    }
  });
});
