/** Edits of httpd files: lines land at server level or in a section body with the file's indentation and line breaks. */
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../../server/src/core/fixes';
import { commentOut, deleteDirective, insertAtBodyEnd, insertAtBodyStart, insertAtServerLevel } from '../../../../server/src/formats/apache/edits';
import { ApacheDirective, ApacheSection, parseApache } from '../../../../server/src/formats/apache/model';

function apply(text: string, make: (model: ReturnType<typeof parseApache>['model']) => Parameters<typeof applyEdits>[1]): string {
  return applyEdits(text, make(parseApache(text).model));
}

suite('apache edits', () => {
  test('server level: before the first VirtualHost, even one nested in IfModule', () => {
    const text = 'Define a "1"\r\n<IfModule mod_ssl.c>\r\n<VirtualHost *:443>\r\n</VirtualHost>\r\n</IfModule>\r\n';
    assert.equal(apply(text, (model) => [insertAtServerLevel(text, model, 'TraceEnable Off')]), 'Define a "1"\r\nTraceEnable Off\r\n<IfModule mod_ssl.c>\r\n<VirtualHost *:443>\r\n</VirtualHost>\r\n</IfModule>\r\n');
  });

  test('server level: at the end of a file holding only Defines, even without a final line break', () => {
    const text = 'Define a "1"';
    assert.equal(apply(text, (model) => [insertAtServerLevel(text, model, 'ServerTokens Prod')]), 'Define a "1"\nServerTokens Prod\n');
  });

  test('section bodies take their first child\'s indentation, else four more spaces', () => {
    const text = '  <VirtualHost *:443>\n\tSSLEngine On\n  </VirtualHost>\n<VirtualHost *:80>\n</VirtualHost>\n';
    const [tls, http] = parseApache(text).model.nodes as ApacheSection[];
    assert.equal(applyEdits(text, [insertAtBodyStart(text, tls, ['A', 'B']), insertAtBodyEnd(text, http, ['C'])]),
      '  <VirtualHost *:443>\n\tA\n\tB\n\tSSLEngine On\n  </VirtualHost>\n<VirtualHost *:80>\n    C\n</VirtualHost>\n');
  });

  test('an unclosed section gets its lines at the top of its body', () => {
    const text = '<VirtualHost *:443>\n  SSLEngine On';
    const vhost = parseApache(text).model.nodes[0] as ApacheSection;
    assert.equal(applyEdits(text, [insertAtBodyEnd(text, vhost, ['X'])]), '<VirtualHost *:443>\n  X\n  SSLEngine On');
  });

  test('deleting and commenting out whole (continued) lines', () => {
    const text = 'A 1\r\nAlias /icons/ \\\r\n  /usr/share/icons/\r\nB 2\r\n';
    const [first, alias] = parseApache(text).model.nodes as ApacheDirective[];
    assert.equal(applyEdits(text, [deleteDirective(text, first)]), 'Alias /icons/ \\\r\n  /usr/share/icons/\r\nB 2\r\n');
    assert.equal(applyEdits(text, commentOut(text, alias)), 'A 1\r\n#Alias /icons/ \\\r\n#  /usr/share/icons/\r\nB 2\r\n');
  });
});
