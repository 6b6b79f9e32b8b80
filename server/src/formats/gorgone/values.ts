/** How gorgoned reads flag values, and which values are still template placeholders rather than real settings. */

/** Spellings an administrator writes to turn a feature on. Only `true` works: the daemon compares with the string 'true'. */
const ON_SPELLINGS = new Set(['true', 'yes', 'y', 'on', '1', 'enable', 'enabled']);

/** Whether the daemon reads a flag as on: YAML `true` and the string "true" both reach it as 'true'. */
export function isExactlyTrue(text: string): boolean {
  return text === 'true';
}

/** A value written to mean "on" (`yes`, `on`, `1`, `True`, `"true "`…) that the daemon nevertheless reads as off. */
export function meansOnButIsNot(text: string): boolean {
  return !isExactlyTrue(text) && ON_SPELLINGS.has(text.trim().toLowerCase());
}

/**
 * A whole value that an installer or entrypoint replaces before the daemon ever reads the file:
 * `@VAR@` (cmake/packaging), `--VAR--` (web installer), `${VAR}` (envsubst), `__VAR__` (docs).
 * Its real value is unknown here, so rules neither trust nor blame it.
 */
export function isPlaceholder(text: string): boolean {
  return /^\s*(@[A-Z][A-Z0-9_]*@|--[A-Z][A-Z0-9_]*--|\$\{[A-Za-z_][A-Za-z0-9_]*(:?[-=?+][^}]*)?\}|__[A-Z][A-Z0-9_]*__)\s*$/.test(text);
}
