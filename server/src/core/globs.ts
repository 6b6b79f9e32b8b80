/** Glob matching over `/`-separated paths, the one way every setting and config file matches files. */
import picomatch from 'picomatch';

const compiled = new Map<string, (path: string) => boolean>();

function matcher(glob: string): (path: string) => boolean {
  let match = compiled.get(glob);
  if (!match) {
    match = picomatch(glob, { dot: true, nocase: false });
    compiled.set(glob, match);
  }
  return match;
}

/** Turns a Windows path into the `/`-separated form globs are written against. */
export function toSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

/**
 * Whether `path` (absolute) matches `glob`. A glob that is absolute or starts with `**` is matched
 * against the whole path; any other is relative to `baseDir` (the config file's folder), or, without one,
 * may match at any depth.
 */
export function matchesGlob(path: string, glob: string, baseDir?: string): boolean {
  const file = toSlashes(path);
  if (glob.startsWith('/') || glob.startsWith('**')) {
    return matcher(glob)(file);
  }
  if (baseDir !== undefined) {
    const base = toSlashes(baseDir).replace(/\/$/, '');
    return file.startsWith(`${base}/`) && matcher(glob)(file.slice(base.length + 1));
  }
  return matcher(`**/${glob}`)(file);
}
