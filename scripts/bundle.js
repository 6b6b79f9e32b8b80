// Bundles the compiled client, language server and CLI (out/ and bin/, after `tsc -b`) into dist/ with esbuild: what the .vsix ships.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');

/**
 * Output → entry point. The client starts dist/server.js; dist/sipmon-lint.js is the CLI with its launcher.
 * The certificate command is a bundle of its own, loaded when the command first runs: its X.509 library
 * would otherwise be a third of the client bundle, parsed at every activation.
 */
const BUNDLES = {
  'dist/extension.js': 'out/client/src/extension.js',
  'dist/generateCertificateCommand.js': 'out/client/src/certificate/generateCertificateCommand.js',
  'dist/server.js': 'out/server/src/server.js',
  'dist/sipmon-lint.js': 'bin/sipmon-lint.js',
};

/** Keeps the client's on-demand `require('./generateCertificateCommand.js')` out of its bundle: at run time it finds the bundle of that name beside it. */
const loadCertificateCommandOnDemand = {
  name: 'certificate-command-on-demand',
  setup(build) {
    build.onResolve({ filter: /^\.\/generateCertificateCommand\.js$/ }, (args) =>
      args.importer.endsWith(path.join('certificate', 'registerGenerateCertificate.js')) ? { path: args.path, external: true } : undefined);
  },
};

async function main() {
  fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  for (const [outfile, entry] of Object.entries(BUNDLES)) {
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      minify: true,
      // jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow; its `module` build bundles.
      mainFields: ['module', 'main'],
      external: ['vscode'],
      plugins: [loadCertificateCommandOnDemand],
      // For the debugger (F5): esbuild follows tsc's maps back to the TypeScript; .vscodeignore leaves maps out of the package.
      sourcemap: true,
      logLevel: 'warning',
    });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
