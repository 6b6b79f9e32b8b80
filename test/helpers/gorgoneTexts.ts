/** Gorgone YAML texts shared by the language server tests. */

/** Where the tests put a Gorgone file, below a test's own folder. */
export const GORGONED = 'Sipmon-gorgone/config.d/40-gorgoned.yaml';

/** `always` sits on line 3 (0-based), characters 22 to 28. */
export const INSECURE = 'gorgone:\n  gorgonecore:\n    id: 2\n    fingerprint_mode: always\n';
export const FIXED = 'gorgone:\n  gorgonecore:\n    id: 2\n    fingerprint_mode: first\n';
export const ALWAYS_RANGE = { start: { line: 3, character: 22 }, end: { line: 3, character: 28 } };

/** A Gorgone file with a YAML error: the flow sequence is never closed. */
export const BROKEN = 'gorgone:\n  gorgonecore:\n    authorized_clients: [ { key: abc }\n';
