/** Where each rule's documentation page is shipped: docs/rules/<format>/<name>.md at the package root. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The package root: this file runs compiled as out/server/src/docs.js, or inside a bundle of dist/ (scripts/bundle.js). */
export const packageRoot = path.basename(__dirname) === 'dist' ? path.dirname(__dirname) : path.resolve(__dirname, '..', '..', '..');

export function docsPath(ruleId: string): string {
  return path.join(packageRoot, 'docs', 'rules', `${ruleId}.md`);
}

/** The `file:` URI of a rule's page, used as the diagnostic's `codeDescription.href` and SARIF's `helpUri`. */
export function docsUri(ruleId: string): string {
  return pathToFileURL(docsPath(ruleId)).href;
}
