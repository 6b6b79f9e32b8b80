/** The TextMate grammars in syntaxes/: every regex compiles, includes resolve, and sample lines get the expected scopes. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../../../server/src/docs';
import { compileGrammarRegex, Grammar, GrammarRule, Token, tokenize } from '../../helpers/textmate';

interface GrammarContribution {
  language: string;
  scopeName: string;
  path: string;
}

/** A needle in a sample text and a scope every character of it must carry (or, with `not`, must lack). */
interface ScopeExpectation {
  text: string;
  /** Which occurrence of `text` in the sample, from 1. */
  occurrence?: number;
  scope: string;
  not?: boolean;
}

const SAMPLES: Record<string, { text: string; expect: ScopeExpectation[] }[]> = {
  'source.apacheconf': [
    {
      text: '<VirtualHost *:443>\n    SSLEngine On\n    SSLProtocol -all +TLSv1.2 +TLSv1.3\n</VirtualHost>',
      expect: [
        { text: 'VirtualHost', scope: 'entity.name.tag.apacheconf' },
        { text: 'VirtualHost', occurrence: 2, scope: 'entity.name.tag.apacheconf' },
        { text: '<', scope: 'punctuation.definition.tag.begin.apacheconf' },
        { text: '>', scope: 'punctuation.definition.tag.end.apacheconf' },
        { text: '*:443', scope: 'meta.tag.section.apacheconf' },
        { text: 'SSLEngine', scope: 'keyword.other.directive.apacheconf' },
        { text: 'SSLEngine', scope: 'meta.tag.section.apacheconf', not: true },
        { text: 'On', scope: 'constant.language.apacheconf' },
        { text: 'SSLProtocol', scope: 'keyword.other.directive.apacheconf' },
      ],
    },
    {
      text: '# SSLProtocol all\nHeader always set Strict-Transport-Security "max-age=31536000; includeSubDomains"',
      expect: [
        { text: '# SSLProtocol all', scope: 'comment.line.number-sign.apacheconf' },
        { text: 'SSLProtocol', scope: 'keyword.other.directive.apacheconf', not: true },
        { text: 'Header', scope: 'keyword.other.directive.apacheconf' },
        { text: '"max-age=31536000; includeSubDomains"', scope: 'string.quoted.double.apacheconf' },
      ],
    },
    {
      text: 'Define base_uri "/Sipmon"\nAlias ${base_uri}/api ${install_dir}\nRewriteCond %{HTTPS} off\nRewriteRule (.*) https://%{HTTP_HOST}%{REQUEST_URI}',
      expect: [
        { text: '${base_uri}', scope: 'variable.other.define.apacheconf' },
        { text: '${install_dir}', scope: 'variable.other.define.apacheconf' },
        { text: '%{HTTPS}', scope: 'variable.other.server.apacheconf' },
        { text: '%{REQUEST_URI}', scope: 'variable.other.server.apacheconf' },
        { text: 'off', scope: 'constant.language.apacheconf' },
        { text: 'RewriteRule', scope: 'keyword.other.directive.apacheconf' },
      ],
    },
    {
      text: '<If "\'${base_uri}\' != \'/\'">\n    RedirectMatch ^/$ ${base_uri}\n</If>',
      expect: [
        { text: 'If', scope: 'entity.name.tag.apacheconf' },
        { text: 'base_uri', scope: 'variable.other.define.apacheconf' },
        { text: 'base_uri', scope: 'string.quoted.double.apacheconf' },
        { text: 'RedirectMatch', scope: 'keyword.other.directive.apacheconf' },
        { text: 'RedirectMatch', scope: 'string.quoted.double.apacheconf', not: true },
      ],
    },
    {
      text: 'Header always set X-Note \\\n    continued text\nSSLCipherSuite ECDHE-RSA-AES128-GCM-SHA256:\\\n    ECDHE-RSA-AES256-GCM-SHA384:!aNULL\nServerSignature Off # not a comment\n# TraceEnable On \\\nTraceEnable Full\nTraceEnable Off',
      expect: [
        { text: 'continued', scope: 'keyword.other.directive.apacheconf', not: true },
        { text: 'continued text', scope: 'meta.directive.apacheconf' },
        { text: 'ECDHE-RSA-AES256-GCM-SHA384', scope: 'meta.directive.apacheconf' },
        { text: '!', scope: 'keyword.operator.apacheconf' },
        { text: 'ServerSignature', scope: 'keyword.other.directive.apacheconf' },
        { text: '# not a comment', scope: 'comment.line.number-sign.apacheconf', not: true },
        { text: 'TraceEnable Full', scope: 'comment.line.number-sign.apacheconf' },
        { text: 'TraceEnable', occurrence: 3, scope: 'keyword.other.directive.apacheconf' },
        { text: 'TraceEnable', occurrence: 3, scope: 'comment.line.number-sign.apacheconf', not: true },
      ],
    },
    {
      text: 'Define install_dir "/usr/share/Sipmon"\n<VirtualHost *:443>\n    Options -Indexes +FollowSymLinks\n    ProxyTimeout 300\n    RewriteRule (.*) https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]\n</VirtualHost>',
      expect: [
        { text: 'install_dir', scope: 'variable.other.define.apacheconf' },
        { text: 'Define', scope: 'keyword.other.directive.apacheconf' },
        { text: '443', scope: 'constant.numeric.apacheconf' },
        { text: '300', scope: 'constant.numeric.apacheconf' },
        { text: '-', scope: 'keyword.operator.apacheconf' },
        { text: '+', scope: 'keyword.operator.apacheconf' },
        { text: 'Indexes', scope: 'keyword.other.directive.apacheconf', not: true },
        { text: '[R=301,L]', scope: 'constant.other.flags.apacheconf' },
        { text: 'https://', scope: 'keyword.operator.apacheconf', not: true },
      ],
    },
  ],
  'source.fail2ban': [
    {
      text: '[Sipmon]\nenabled = true\nport    = http,https\nlogpath = %(sipmon_log)s\nbantime = 10m ; ten minutes\n# maxretry = 10\n; findtime = 1',
      expect: [
        { text: 'Sipmon', scope: 'entity.name.section.fail2ban' },
        { text: '[', scope: 'punctuation.definition.section.begin.fail2ban' },
        { text: 'enabled', scope: 'keyword.other.definition.fail2ban' },
        { text: 'true', scope: 'constant.language.fail2ban' },
        { text: 'port', scope: 'keyword.other.definition.fail2ban' },
        { text: '=', occurrence: 2, scope: 'punctuation.separator.key-value.fail2ban' },
        { text: 'http,https', scope: 'keyword.other.definition.fail2ban', not: true },
        { text: '%(sipmon_log)s', scope: 'variable.other.interpolation.fail2ban' },
        { text: '10m', scope: 'constant.numeric.fail2ban' },
        { text: '; ten minutes', scope: 'comment.line.semicolon.fail2ban' },
        { text: '# maxretry = 10', scope: 'comment.line.number-sign.fail2ban' },
        { text: 'maxretry', scope: 'keyword.other.definition.fail2ban', not: true },
        { text: '; findtime = 1', scope: 'comment.line.semicolon.fail2ban' },
      ],
    },
    {
      text: "[Definition]\nfailregex = ^(?:\\|-?\\d+){3}\\|\\[[^\\]]*\\] \\[<HOST>\\] Authentication failed for '<F-USER>[^']+</F-USER>'\ndatepattern = ^%%Y-%%m-%%d\naction_mw = %(action_)s\n            %(mta)s-whois[sender=\"%(sender)s\"]",
      expect: [
        { text: 'Definition', scope: 'entity.name.section.fail2ban' },
        { text: 'failregex', scope: 'keyword.other.definition.fail2ban' },
        { text: '<HOST>', scope: 'constant.other.placeholder.fail2ban' },
        { text: '</F-USER>', scope: 'constant.other.placeholder.fail2ban' },
        { text: '%%', scope: 'constant.character.escape.fail2ban' },
        { text: '%(action_)s', scope: 'variable.other.interpolation.fail2ban' },
        { text: '%(mta)s', scope: 'variable.other.interpolation.fail2ban' },
        { text: 'sender', scope: 'keyword.other.definition.fail2ban', not: true },
      ],
    },
    {
      text: '[INCLUDES]\nbefore = paths-debian.conf\n[DEFAULT]\nignoreip = 127.0.0.1/8 ::1\n           192.0.2.0/24\nlogpath = /var/log/Sipmon/login.log\naction_ = %(banaction)s[port="%(port)s", protocol="%(protocol)s"]\nfailregex = ^\\[[^\\]]*\\] \\[<HOST>\\]\nbantime = 10m # not a comment',
      expect: [
        { text: 'INCLUDES', scope: 'entity.name.section.fail2ban' },
        { text: 'before', scope: 'keyword.control.import.fail2ban' },
        { text: 'paths-debian.conf', scope: 'string.unquoted.path.fail2ban' },
        { text: '127.0.0.1/8', scope: 'constant.other.ip-address.fail2ban' },
        { text: '::1', scope: 'constant.other.ip-address.fail2ban' },
        { text: '192.0.2.0/24', scope: 'constant.other.ip-address.fail2ban' },
        { text: '192.0.2.0/24', scope: 'keyword.other.definition.fail2ban', not: true },
        { text: '/var/log/Sipmon/login.log', scope: 'string.unquoted.path.fail2ban' },
        { text: 'port', scope: 'variable.parameter.fail2ban' },
        { text: '"%(port)s"', scope: 'string.quoted.double.fail2ban' },
        { text: '%(port)s', scope: 'variable.other.interpolation.fail2ban' },
        { text: '[port=', scope: 'meta.parameters.fail2ban' },
        { text: '[^', scope: 'meta.parameters.fail2ban', not: true },
        { text: '<HOST>', scope: 'constant.other.placeholder.fail2ban' },
        { text: '# not a comment', scope: 'comment.line.number-sign.fail2ban', not: true },
      ],
    },
  ],
  'source.opensslcnf': [
    {
      text: '.include /etc/ssl/openssl.d\n[ req ]\ndefault_bits = 2048\nx509_extensions = v3_ca # the CA profile\n[ v3_server ]\nbasicConstraints = critical,CA:FALSE\nsubjectAltName = @alt_names\n[alt_names]\nIP.1 = 192.0.2.10\nemailAddress = admin@example.com',
      expect: [
        { text: '.include', scope: 'keyword.control.directive.opensslcnf' },
        { text: 'req', scope: 'entity.name.section.opensslcnf' },
        { text: 'v3_server', scope: 'entity.name.section.opensslcnf' },
        { text: 'alt_names', occurrence: 2, scope: 'entity.name.section.opensslcnf' },
        { text: 'default_bits', scope: 'keyword.other.definition.opensslcnf' },
        { text: '# the CA profile', scope: 'comment.line.number-sign.opensslcnf' },
        { text: 'critical', scope: 'constant.language.opensslcnf' },
        { text: 'CA:FALSE', scope: 'constant.language.opensslcnf' },
        { text: '@alt_names', scope: 'variable.other.section-reference.opensslcnf' },
        { text: 'IP.1', scope: 'keyword.other.definition.opensslcnf' },
        { text: '@example', scope: 'variable.other.section-reference.opensslcnf', not: true },
      ],
    },
    {
      text: 'dir = $ENV::HOME/demoCA\ncerts = ${dir}/certs\ncrl_dir = $(dir)/crl\nnew_certs = $dir/newcerts\nname = "a # not a comment"',
      expect: [
        { text: '$ENV::HOME', scope: 'variable.other.opensslcnf' },
        { text: '${dir}', scope: 'variable.other.opensslcnf' },
        { text: '$(dir)', scope: 'variable.other.opensslcnf' },
        { text: '$dir', scope: 'variable.other.opensslcnf' },
        { text: '"a # not a comment"', scope: 'string.quoted.double.opensslcnf' },
        { text: '# not a comment', scope: 'comment.line.number-sign.opensslcnf', not: true },
      ],
    },
    {
      text: '.include /etc/ssl/openssl.d\n.pragma dollarid:true\n[ v3_server ]\nkeyUsage = critical, digitalSignature, keyEncipherment\nextendedKeyUsage = serverAuth\nsubjectAltName = DNS:sipmon.example.com, IP:192.0.2.10\nreq::default_bits = 2048\n0.organizationName = Sipmon\nmask = a\\#b # comment\nlong = one \\',
      expect: [
        { text: '/etc/ssl/openssl.d', scope: 'string.unquoted.path.opensslcnf' },
        { text: '.pragma', scope: 'keyword.control.directive.opensslcnf' },
        { text: 'dollarid', scope: 'entity.name.tag.pragma.opensslcnf' },
        { text: 'digitalSignature', scope: 'support.constant.opensslcnf' },
        { text: 'serverAuth', scope: 'support.constant.opensslcnf' },
        { text: 'DNS', scope: 'support.type.opensslcnf' },
        { text: '192.0.2.10', scope: 'constant.other.ip-address.opensslcnf' },
        { text: 'req', scope: 'entity.name.section.opensslcnf' },
        { text: 'default_bits', scope: 'keyword.other.definition.opensslcnf' },
        { text: '2048', scope: 'constant.numeric.opensslcnf' },
        { text: '0.organizationName', scope: 'keyword.other.definition.opensslcnf' },
        { text: '\\#', scope: 'constant.character.escape.opensslcnf' },
        { text: '#b', scope: 'comment.line.number-sign.opensslcnf', not: true },
        { text: '# comment', scope: 'comment.line.number-sign.opensslcnf' },
        { text: '\\', occurrence: 2, scope: 'constant.character.escape.line-continuation.opensslcnf' },
      ],
    },
  ],
};

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(packageRoot, file), 'utf8')) as T;
}

const contributions = readJson<{ contributes: { grammars: GrammarContribution[] } }>('package.json').contributes.grammars;

/** Every rule of a grammar, reachable or not, with where it sits. */
function allRules(grammar: Grammar): { where: string; rule: GrammarRule }[] {
  const found: { where: string; rule: GrammarRule }[] = [];
  const visit = (rule: GrammarRule, where: string) => {
    found.push({ where, rule });
    rule.patterns?.forEach((child, index) => visit(child, `${where}.patterns[${index}]`));
  };
  grammar.patterns.forEach((rule, index) => visit(rule, `patterns[${index}]`));
  for (const [key, rule] of Object.entries(grammar.repository ?? {})) {
    visit(rule, `repository.${key}`);
  }
  return found;
}

function scopeNames(rule: GrammarRule): string[] {
  const captures = [rule.captures, rule.beginCaptures, rule.endCaptures].flatMap((map) => Object.values(map ?? {}).map((capture) => capture.name));
  return [rule.name, rule.contentName, ...captures].filter((name): name is string => name !== undefined);
}

/** The scopes of each character of the `occurrence`-th `needle` in the sample. */
function scopesOf(lines: Token[][], text: string, needle: string, occurrence: number): string[][] {
  let from = -1;
  for (let seen = 0; seen < occurrence; seen += 1) {
    from = text.indexOf(needle, from + 1);
    assert.notEqual(from, -1, `the sample has no occurrence ${occurrence} of ${needle}`);
  }
  const flat = lines.flatMap((tokens) => [...tokens.flatMap((token) => [...token.text].map(() => token.scopes)), []]);
  return flat.slice(from, from + needle.length);
}

suite('TextMate grammars', () => {
  test('every contributed grammar has sample lines here', () => {
    assert.deepEqual(contributions.map((grammar) => grammar.scopeName).sort(), Object.keys(SAMPLES).sort());
  });

  for (const contribution of contributions) {
    suite(contribution.scopeName, () => {
      const grammar = readJson<Grammar>(contribution.path);
      const suffix = `.${contribution.scopeName.split('.').pop()}`;

      test('declares the scope name package.json gives it', () => {
        assert.equal(grammar.scopeName, contribution.scopeName);
      });

      test('every regex compiles as JavaScript (no Oniguruma-only syntax)', () => {
        for (const { where, rule } of allRules(grammar)) {
          for (const source of [rule.match, rule.begin, rule.end]) {
            if (source !== undefined) {
              assert.doesNotThrow(() => compileGrammarRegex(source.replace(/\\(\d)/g, 'x')), `${where}: ${source}`);
            }
          }
        }
      });

      test('every include names a repository entry', () => {
        for (const { where, rule } of allRules(grammar)) {
          if (rule.include !== undefined && rule.include !== '$self' && rule.include !== '$base') {
            assert.ok(grammar.repository?.[rule.include.replace(/^#/, '')], `${where}: ${rule.include}`);
          }
        }
      });

      test(`every scope name ends with ${suffix}`, () => {
        for (const { where, rule } of allRules(grammar)) {
          for (const name of scopeNames(rule)) {
            assert.ok(name.endsWith(suffix), `${where}: ${name}`);
          }
        }
      });

      SAMPLES[contribution.scopeName]?.forEach((sample, index) => {
        test(`sample ${index + 1} gets the expected scopes`, () => {
          const lines = tokenize(grammar, sample.text);
          for (const expectation of sample.expect) {
            const scopes = scopesOf(lines, sample.text, expectation.text, expectation.occurrence ?? 1);
            const carrying = scopes.filter((list) => list.includes(expectation.scope)).length;
            const label = `${JSON.stringify(expectation.text)} ${expectation.not ? 'lacks' : 'has'} ${expectation.scope}; got ${JSON.stringify(scopes[0])}`;
            assert.equal(carrying, expectation.not ? 0 : expectation.text.length, label);
          }
        });
      });
    });
  }
});
