/** The grammars in the editor: sample files open in the extension's languages, and VS Code's TextMate engine gives the expected scopes. */
import * as assert from 'node:assert/strict';
import { scopesPerCharacter } from '../support/textmate';
import { closeAllEditors, openEditor } from '../support/workspace';

interface ScopeCheck {
  text: string;
  scope: string;
  /** The scope must be absent from every character instead. */
  not?: boolean;
}

const SAMPLES: { file: string; languageId: string; checks: ScopeCheck[] }[] = [
  {
    file: 'grammars/httpd.conf',
    languageId: 'apacheconf',
    checks: [
      { text: '# Sipmon web front end', scope: 'comment.line.number-sign.apacheconf' },
      { text: 'VirtualHost', scope: 'entity.name.tag.apacheconf' },
      { text: 'SSLEngine', scope: 'keyword.other.directive.apacheconf' },
      { text: 'On', scope: 'constant.language.apacheconf' },
      { text: '"max-age=31536000; includeSubDomains"', scope: 'string.quoted.double.apacheconf' },
      { text: '${base_uri}', scope: 'variable.other.define.apacheconf' },
      { text: '%{HTTPS}', scope: 'variable.other.server.apacheconf' },
    ],
  },
  {
    file: 'grammars/fail2ban/jail.local',
    languageId: 'fail2ban',
    checks: [
      { text: 'Sipmon', scope: 'entity.name.section.fail2ban' },
      { text: 'enabled', scope: 'keyword.other.definition.fail2ban' },
      { text: 'true', scope: 'constant.language.fail2ban' },
      { text: 'http,https', scope: 'keyword.other.definition.fail2ban', not: true },
      { text: '%(sipmon_log)s', scope: 'variable.other.interpolation.fail2ban' },
      { text: '; ten minutes', scope: 'comment.line.semicolon.fail2ban' },
      { text: '# maxretry = 10', scope: 'comment.line.number-sign.fail2ban' },
    ],
  },
  {
    file: 'grammars/openssl.cnf',
    languageId: 'opensslcnf',
    checks: [
      { text: '.include', scope: 'keyword.control.directive.opensslcnf' },
      { text: 'req', scope: 'entity.name.section.opensslcnf' },
      { text: 'default_bits', scope: 'keyword.other.definition.opensslcnf' },
      { text: '# the CA profile', scope: 'comment.line.number-sign.opensslcnf' },
      { text: 'CA:FALSE', scope: 'constant.language.opensslcnf' },
      { text: '@alt_names', scope: 'variable.other.section-reference.opensslcnf' },
      { text: '$ENV::HOME', scope: 'variable.other.opensslcnf' },
    ],
  },
];

suite('grammars', () => {
  teardown(closeAllEditors);

  for (const sample of SAMPLES) {
    test(`${sample.file} opens as ${sample.languageId} and its tokens get the expected scopes`, async () => {
      const { document } = await openEditor(sample.file);
      assert.equal(document.languageId, sample.languageId);
      const text = document.getText();
      const scopes = await scopesPerCharacter(document.languageId, text);
      for (const check of sample.checks) {
        const at = text.indexOf(check.text);
        assert.ok(at >= 0, `"${check.text}" is not in ${sample.file}`);
        scopes.slice(at, at + check.text.length).forEach((characterScopes, offset) => {
          const has = characterScopes.includes(check.scope);
          assert.equal(has, !check.not, `"${check.text}"[${offset}] has scopes ${characterScopes.join(' ')}; ${check.not ? 'unexpected' : 'expected'} ${check.scope}`);
        });
      }
    });
  }
});
