/** Hovers on directives and sections: the documented ones explain themselves and give the hardened value; others say nothing. */
import * as assert from 'node:assert/strict';
import { apacheFormat } from '../../../../server/src/formats/apache/format';
import { parseApache } from '../../../../server/src/formats/apache/model';

const TEXT = '<VirtualHost *:443>\n    sslprotocol all -SSLv3\n    ServerName a.example\n    Header always set X-Frame-Options "SAMEORIGIN"\n</VirtualHost>\n';

function hoverAt(needle: string, delta = 0): string | undefined {
  const offset = TEXT.indexOf(needle) + delta;
  assert.ok(offset >= delta);
  return apacheFormat.describeAt!(parseApache(TEXT).model, offset)?.markdown;
}

suite('apache hovers', () => {
  test('a directive, whatever its case: what it does and the hardened value of the default profile', () => {
    const hover = hoverAt('sslprotocol', 3);
    assert.match(hover ?? '', /^\*\*SSLProtocol\*\* \(mod_ssl\)/);
    assert.match(hover ?? '', /\*\*Hardened:\*\* `SSLProtocol -all \+TLSv1\.2 \+TLSv1\.3`/);
  });

  test('a section name', () => {
    assert.match(hoverAt('VirtualHost') ?? '', /^\*\*VirtualHost\*\*/);
  });

  test('the end of a name still counts; its arguments do not', () => {
    assert.match(hoverAt('Header', 'Header'.length) ?? '', /^\*\*Header\*\* \(mod_headers\)/);
    assert.equal(hoverAt('X-Frame-Options'), undefined);
  });

  test('an undocumented directive, or a comment, has no hover', () => {
    assert.equal(hoverAt('ServerName'), undefined);
    assert.equal(apacheFormat.describeAt!(parseApache('# SSLProtocol all\n').model, 4), undefined);
  });
});
