/** Identifiers shared by the language server and its clients; imports nothing so the client can use it too. */

/** The language server's executeCommand id that opens a rule's documentation page; argument: the rule id. */
export const SHOW_DOCUMENTATION_COMMAND = 'sipmon.showDocumentation';

/** The code action kind of "fix all auto-fixable problems", as used by `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = 'source.fixAll.sipmon';

/** The `source` of every diagnostic the server publishes, and the name of its settings section. */
export const DIAGNOSTIC_SOURCE = 'sipmon';
export const SETTINGS_SECTION = 'sipmon';
