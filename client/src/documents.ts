/** Which documents the client hands to the server, and which file changes it reports. */

/**
 * Every language a Sipmon file may open as. The server decides by path and content which of
 * these documents are Sipmon files, so unrelated YAML or JSON gets no finding. `properties`
 * (VS Code's language for `*.conf`) and `ini` are here so that files claimed only through
 * `sipmon.files.associations` or a config file's `associations` still reach the server.
 */
export const SIPMON_LANGUAGES = ['yaml', 'xml', 'json', 'jsonc', 'apacheconf', 'fail2ban', 'opensslcnf', 'properties', 'ini'] as const;

/** A document filter both `vscode` and the language client accept. */
export interface LanguageFilter {
  scheme: 'file' | 'untitled';
  language: string;
}

export const SIPMON_DOCUMENTS: LanguageFilter[] = SIPMON_LANGUAGES.flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

/** Config files (their changes re-lint open documents) and the files cross-file rules read. */
export const WATCHED_FILES = '**/{.sipmonlint.json,.sipmonlint.yaml,.sipmonlint.yml,*.yaml,*.yml,*.xml,*.json,*.conf,*.local,*.cnf}';
