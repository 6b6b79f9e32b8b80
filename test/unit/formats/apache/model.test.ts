/** The httpd directive tree: words, quotes, continuations, comments, sections, Define expansion with source spans, syntax problems. */
import * as assert from 'node:assert/strict';
import { ApacheDirective, ApacheSection, parseApache } from '../../../../server/src/formats/apache/model';

function slice(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

function only<T>(items: T[]): T {
  assert.equal(items.length, 1);
  return items[0];
}

suite('apache model', () => {
  test('directives: case-insensitive names, unquoted and quoted words, escapes', () => {
    const text = 'sslprotocol  -all +TLSv1.2\nHeader always set X-Frame-Options "SAME ORIGIN"\nDefine x \'a \\\' b\'\nAlias /a "C:\\\\dir"\n';
    const { model, problems } = parseApache(text);
    assert.deepEqual(problems, []);
    const [protocol, header, define, alias] = model.nodes as ApacheDirective[];
    assert.equal(protocol.key, 'sslprotocol');
    assert.equal(protocol.name, 'sslprotocol');
    assert.deepEqual(protocol.args.map((arg) => arg.value), ['-all', '+TLSv1.2']);
    assert.equal(slice(text, protocol.span), 'sslprotocol  -all +TLSv1.2');
    assert.deepEqual(header.args.map((arg) => arg.value), ['always', 'set', 'X-Frame-Options', 'SAME ORIGIN']);
    assert.equal(slice(text, header.args[3].span), '"SAME ORIGIN"');
    assert.equal(header.args[3].quoted, true);
    assert.deepEqual(define.args.map((arg) => arg.value), ['x', "a ' b"]);
    assert.deepEqual(alias.args.map((arg) => arg.value), ['/a', 'C:\\dir']);
  });

  test('a whole line starting with # is a comment; # elsewhere is an argument', () => {
    const text = '# ServerTokens Full\n   # indented comment\nServerSignature Off # not a comment\n';
    const { model } = parseApache(text);
    const directive = only(model.nodes) as ApacheDirective;
    assert.equal(directive.key, 'serversignature');
    assert.deepEqual(directive.args.map((arg) => arg.value), ['Off', '#', 'not', 'a', 'comment']);
  });

  test('a backslash at the very end of a line continues it; spans stay in the source', () => {
    const text = 'SSLCipherSuite ECDHE-RSA-AES128-GCM-SHA256:\\\n    ECDHE-RSA-AES256-GCM-SHA384 \\\r\n  extra\nServerTokens Prod \\ \n';
    const { model } = parseApache(text);
    const [ciphers, tokens] = model.nodes as ApacheDirective[];
    assert.deepEqual(ciphers.args.map((arg) => arg.value), ['ECDHE-RSA-AES128-GCM-SHA256:', 'ECDHE-RSA-AES256-GCM-SHA384', 'extra']);
    assert.equal(slice(text, ciphers.args[2].span), 'extra');
    assert.equal(slice(text, ciphers.lineSpan), text.slice(0, text.indexOf('\nServerTokens')));
    // A backslash followed by a space is no continuation: httpd passes it as an argument.
    assert.deepEqual(tokens.args.map((arg) => arg.value), ['Prod', '\\']);
  });

  test('a comment line ending with a backslash swallows the next line, as in httpd', () => {
    const { model } = parseApache('# comment \\\nTraceEnable On\nServerTokens Prod\n');
    assert.deepEqual(model.nodes.map((node) => node.key), ['servertokens']);
  });

  test('sections nest, keep their arguments, and close case-insensitively', () => {
    const text = '<VirtualHost *:443 [::1]:443>\n  <IfModule mod_ssl.c>\n    SSLEngine on\n  </ifmodule>\n  <Directory "/usr/share/Sipmon/www">\n  </Directory>\n</VirtualHost>\n';
    const { model, problems } = parseApache(text);
    assert.deepEqual(problems, []);
    const vhost = only(model.nodes) as ApacheSection;
    assert.equal(vhost.kind, 'section');
    assert.equal(vhost.key, 'virtualhost');
    assert.deepEqual(vhost.args.map((arg) => arg.value), ['*:443', '[::1]:443']);
    assert.equal(slice(text, vhost.openSpan), '<VirtualHost *:443 [::1]:443>');
    assert.equal(slice(text, vhost.nameSpan), 'VirtualHost');
    assert.equal(slice(text, vhost.close!.span), '</VirtualHost>');
    assert.equal(slice(text, vhost.span), text.slice(0, -1));
    assert.deepEqual(vhost.children.map((node) => node.key), ['ifmodule', 'directory']);
    const engine = (vhost.children[0] as ApacheSection).children[0];
    assert.equal(engine.parent?.parent, vhost);
    assert.deepEqual((vhost.children[1] as ApacheSection).args.map((arg) => arg.value), ['/usr/share/Sipmon/www']);
    assert.deepEqual(model.all.map((node) => node.key), ['virtualhost', 'ifmodule', 'sslengine', 'directory']);
  });

  test('Define sets ${variables} for the lines after it; spans cover the reference', () => {
    const text = 'Alias ${base_uri} /before\nDefine base_uri "/Sipmon"\nDefine install_dir "/usr/share/Sipmon"\nAlias ${base_uri}/api ${install_dir}\n<Directory "${install_dir}/www">\n</Directory>\nDefine flag\nAlias /x ${flag}\nUnDefine base_uri\nAlias ${base_uri} /after\n';
    const { model, problems } = parseApache(text);
    assert.deepEqual(problems, []);
    const aliases = model.all.filter((node) => node.key === 'alias');
    assert.deepEqual(aliases.map((alias) => alias.args.map((arg) => arg.value)), [
      ['${base_uri}', '/before'],
      ['/Sipmon/api', '/usr/share/Sipmon'],
      ['/x', '${flag}'],
      ['${base_uri}', '/after'],
    ]);
    assert.equal(slice(text, aliases[1].args[0].span), '${base_uri}/api');
    assert.equal(slice(text, aliases[1].args[1].span), '${install_dir}');
    const directory = model.all.find((node) => node.key === 'directory')!;
    assert.deepEqual(directory.args.map((arg) => arg.value), ['/usr/share/Sipmon/www']);
    assert.equal(slice(text, directory.args[0].span), '"${install_dir}/www"');
    assert.deepEqual([...model.variables.entries()], [['install_dir', '/usr/share/Sipmon']]);
  });

  test('a variable whose value holds spaces splits into words, as httpd expands before splitting', () => {
    const text = 'Define protocols "h2 http/1.1"\nProtocols ${protocols}\n';
    const directive = parseApache(text).model.nodes[1];
    assert.deepEqual(directive.args.map((arg) => arg.value), ['h2', 'http/1.1']);
    assert.deepEqual(directive.args.map((arg) => slice(text, arg.span)), ['${protocols}', '${protocols}']);
  });

  test('Include and IncludeOptional are recorded, not followed', () => {
    const { model } = parseApache('Include conf.d/*.conf\nincludeoptional /etc/apache2/sites-enabled/*.conf\n');
    assert.deepEqual(model.includes.map((directive) => directive.args[0].value), ['conf.d/*.conf', '/etc/apache2/sites-enabled/*.conf']);
  });

  test('syntax problems: unclosed, mismatched, unmatched, missing > and missing arguments', () => {
    const text = '<VirtualHost *:80>\n<Directory /x>\n</Location>\n</VirtualHost>\n</Files>\n<Directory /y\n</Directory>\n<Location>\n</Location>\n<VirtualHost *:443>\n  SSLEngine on\n';
    const { model, problems } = parseApache(text);
    assert.deepEqual(problems.map((problem) => `${problem.message} @ ${slice(text, problem.span)}`), [
      'Expected </Directory> but saw </Location> @ </Location>',
      'Expected </Directory> but saw </VirtualHost> @ </VirtualHost>',
      '<Directory> was not closed. @ <Directory /x>',
      '</Files> without matching <Files> section @ </Files>',
      "<Directory> directive missing closing '>' @ <Directory /y",
      '<Location> directive requires additional arguments @ <Location>',
      '<VirtualHost> was not closed. @ <VirtualHost *:443>',
    ]);
    assert.deepEqual(model.nodes.map((node) => node.key), ['virtualhost', 'directory', 'location', 'virtualhost']);
    const last = model.nodes[3] as ApacheSection;
    assert.equal(last.close, undefined);
    assert.equal(slice(text, last.span), '<VirtualHost *:443>\n  SSLEngine on');
  });

  test('a mismatched closing tag of an outer section closes the inner ones', () => {
    const text = '<VirtualHost *:80>\n<Directory /x>\n</VirtualHost>\nServerTokens Prod\n';
    const { model, problems } = parseApache(text);
    assert.deepEqual(problems.map((problem) => problem.message), ['Expected </Directory> but saw </VirtualHost>', '<Directory> was not closed.']);
    assert.deepEqual(model.nodes.map((node) => node.key), ['virtualhost', 'servertokens']);
  });

  test('CRLF line breaks and a missing final line break', () => {
    const text = '<VirtualHost *:80>\r\n  ServerName a\r\n</VirtualHost>';
    const { model, problems } = parseApache(text);
    assert.deepEqual(problems, []);
    const vhost = model.nodes[0] as ApacheSection;
    assert.equal(slice(text, vhost.children[0].lineSpan), '  ServerName a');
    assert.equal(slice(text, vhost.close!.lineSpan), '</VirtualHost>');
  });

  test('empty text and odd input never throw', () => {
    for (const text of ['', '\n', '\\', '<', '</', '<>', '"', '${', 'Define', '<If "unterminated>', '\\\n\\\n']) {
      assert.doesNotThrow(() => parseApache(text), text);
    }
  });
});
