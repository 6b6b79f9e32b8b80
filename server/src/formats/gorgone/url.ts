/** The scheme and host of a URL written in a configuration value. */

export interface UrlParts {
  /** Lower case, without `://`. */
  scheme: string;
  /** Without user information, port or IPv6 brackets. */
  host: string;
}

/** Splits `scheme://[user@]host[:port]/…`; undefined when the text does not start with a scheme and `//`. */
export function parseUrl(text: string): UrlParts | undefined {
  const match = /^\s*([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(text);
  if (!match) {
    return undefined;
  }
  const authority = match[2].slice(match[2].lastIndexOf('@') + 1);
  const bracketed = /^\[([^\]]*)\]/.exec(authority);
  const host = bracketed ? bracketed[1] : authority.replace(/:[^:]*$/, '');
  return { scheme: match[1].toLowerCase(), host };
}
