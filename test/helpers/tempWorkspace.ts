/** A throw-away folder on disk, for tests of code that reads a file's neighbours (the language server). */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export class TempWorkspace {
  readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-lsp-'));

  path(relative: string): string {
    return path.join(this.root, relative);
  }

  uri(relative: string): string {
    return pathToFileURL(this.path(relative)).href;
  }

  write(relative: string, text: string): string {
    const target = this.path(relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    return this.uri(relative);
  }

  remove(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
