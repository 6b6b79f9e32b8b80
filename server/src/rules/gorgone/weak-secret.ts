/** gorgone/weak-secret: an empty, sample or short password or token, or a token that is not a literal regex. */
import { defineRule } from '../../core/rule';
import { GorgoneModel } from '../../formats/gorgone/model';
import { loadedModulesOfKind } from '../../formats/gorgone/modules';
import { isIndirectSecret, MIN_SECRET_LENGTH, SecretKind, weaknessOf } from '../../formats/gorgone/secrets';
import { isPlaceholder } from '../../formats/gorgone/values';
import { replaceValue } from '../../formats/yaml/edits';
import { asMap, asScalar, get, getPair, textAt, YamlMap, YamlPair } from '../../formats/yaml/model';

/** A place where Gorgone reads a secret. */
interface SecretSite {
  pair: YamlPair | undefined;
  kind: SecretKind;
  /** Names the secret in the message. */
  what: string;
  /** The secret lives only here and its peers: a fix may generate it, and the title says who must get the new value. */
  peers?: string;
  /** The secret is shared with another system: the message says where it must change first. */
  elsewhere?: string;
}

/** The account named at `key`, when the file gives a real one (not blank, not a placeholder). */
function accountAt(map: YamlMap | undefined, key: string): string | undefined {
  const user = textAt(map, key);
  return user === undefined || user.trim() === '' || isPlaceholder(user) ? undefined : user;
}

function sitesOf(model: GorgoneModel): SecretSite[] {
  const sites: SecretSite[] = [];
  for (const module of loadedModulesOfKind(model, 'httpserver')) {
    sites.push({ pair: getPair(asMap(get(module.map, 'auth')), 'password'), kind: 'password', what: 'The HTTP API password (auth.password)', peers: 'enter it in Administration > Parameters > Gorgone' });
  }
  for (const module of loadedModulesOfKind(model, 'proxy')) {
    sites.push({ pair: getPair(asMap(get(module.map, 'httpserver')), 'token'), kind: 'token', what: 'The websocket token of the proxy (httpserver.token)', peers: 'set the same token in every pullwss poller' });
  }
  for (const module of loadedModulesOfKind(model, 'pullwss')) {
    sites.push({ pair: getPair(module.map, 'token'), kind: 'token', what: 'The pullwss token', peers: "set the same token in the central's proxy httpserver.token" });
  }
  for (const entry of model.tpapi) {
    const user = accountAt(entry, 'username') ?? 'Sipmon-gorgone';
    const name = textAt(entry, 'name');
    sites.push({
      pair: getPair(entry, 'password'),
      kind: 'password',
      what: name === undefined ? 'The web API password of a tpapi entry' : `The web API password of tpapi "${name}"`,
      elsewhere: `; it is the web UI password of contact "${user}" (both the Sipmonv2 and clapi entries log in as that contact): change it in the web UI first, then here`,
    });
  }
  for (const database of model.databases) {
    const user = accountAt(database, 'username');
    sites.push({
      pair: getPair(database, 'password'),
      kind: 'password',
      what: user === undefined ? 'The database password' : `The database password of "${user}"`,
      elsewhere: '; change it on the database account and in the web configuration (/etc/Sipmon/conf.pm, /etc/Sipmon/Sipmon.conf.php), then here',
    });
  }
  // The history database is SQLite unless told otherwise, and SQLite ignores the password.
  const historyType = textAt(model.core, 'gorgone_db_type');
  if (historyType !== undefined && !/sqlite/i.test(historyType)) {
    const user = accountAt(model.core, 'gorgone_db_user');
    sites.push({
      pair: getPair(model.core, 'gorgone_db_password'),
      kind: 'password',
      what: 'gorgone_db_password',
      elsewhere: `; change it on the database account${user === undefined ? '' : ` "${user}"`}, then here`,
    });
  }
  return sites;
}

export default defineRule<GorgoneModel>({
  id: 'gorgone/weak-secret',
  format: 'gorgone',
  severity: 'error',
  description: 'A Gorgone password or token is empty, a published sample value, too short, or (for tokens) contains regex metacharacters.',
  rationale: 'Sample values such as `password`, `Sipmon`, `bpltc4aY` or `secret_token` appear in public documentation and are tried first. The proxy compares bearer tokens with a regex built from the token unescaped, so `.` or `*` in a token lets other values in. Hardened: a generated value (32 letters and digits) or a Vault reference `secret::hashicorp_vault::<path>::<key>`.',
  messages: {
    empty: '{{what}} is empty{{elsewhere}}.',
    sample: '{{what}} is a published sample value{{elsewhere}}.',
    short: '{{what}} is shorter than {{minimum}} characters{{elsewhere}}.',
    regex: '{{what}} contains regex metacharacters: gorgoned puts it unescaped into the bearer-token regex, so other tokens can match{{elsewhere}}.',
  },
  fixable: true,
  check({ model, report, newSecret }) {
    for (const site of sitesOf(model)) {
      const pair = site.pair;
      if (!pair || (pair.value !== undefined && pair.value.kind !== 'scalar')) {
        continue;
      }
      const scalar = asScalar(pair.value);
      if (scalar && isIndirectSecret(scalar)) {
        continue;
      }
      const weakness = weaknessOf(scalar?.text ?? '', site.kind);
      if (weakness === undefined) {
        continue;
      }
      report({
        messageId: weakness,
        data: { what: site.what, minimum: MIN_SECRET_LENGTH[site.kind], elsewhere: site.elsewhere ?? '' },
        span: scalar?.span ?? pair.keySpan,
        fixes: site.peers === undefined ? [] : [{
          title: `Replace with a generated 32-character ${site.kind}; ${site.peers}`,
          edits: [replaceValue(scalar ?? pair, newSecret())],
          needsJudgement: true,
        }],
      });
    }
  },
});
