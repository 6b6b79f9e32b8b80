/** Conversions between document URIs and file paths; only `file:` URIs have a path. */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The absolute path of a `file:` URI; undefined for any other scheme (untitled buffers, remote files). */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) {
    return undefined;
  }
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function uriOfPath(filePath: string): string {
  return pathToFileURL(filePath).href;
}

/** Whether a change to one file may change the findings of another: same folder, or one folder inside the other. */
export function areRelated(changedPath: string, otherPath: string): boolean {
  const a = path.dirname(changedPath);
  const b = path.dirname(otherPath);
  return a === b || b.startsWith(a + path.sep) || a.startsWith(b + path.sep);
}
