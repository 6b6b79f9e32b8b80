/** The INI-family parser: one model, read the way fail2ban or OpenSSL reads the text. */
import { ParseResult } from '../../core/format';
import { parseFail2ban } from './fail2banParser';
import { IniDialect, IniDocument } from './model';
import { parseOpenssl } from './opensslParser';

export function parseIni(text: string, dialect: IniDialect): ParseResult<IniDocument> {
  return dialect === 'fail2ban' ? parseFail2ban(text) : parseOpenssl(text);
}

/** Parsed documents keyed by dialect and text, so that linting every file of a folder parses each neighbour once. */
const cache = new Map<string, IniDocument>();
/** Enough for a few configuration folders; the oldest entries are dropped first (a Map iterates in insertion order). */
const CACHE_LIMIT = 64;

export function parseIniCached(text: string, dialect: IniDialect): IniDocument {
  const key = `${dialect}\u0000${text}`;
  const cached = cache.get(key);
  if (cached) {
    return cached;
  }
  const model = parseIni(text, dialect).model;
  cache.set(key, model);
  if (cache.size > CACHE_LIMIT) {
    cache.delete(cache.keys().next().value as string);
  }
  return model;
}
