/**
 * Broker fixes proven by real tools: every XML fixture passes `xmllint --noout` after all preferred fixes, every
 * fixed JSON fixture is strict JSON with the same structure; and hostile XML (external entities, expansion bombs)
 * is read without reading a file, expanding an entity or taking long.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Node, parseTree } from 'jsonc-parser';
import { emptyWorkspace } from '../../../server/src/core/workspace';
import { brokerFormat } from '../../../server/src/formats/broker/format';
import { textOf } from '../../../server/src/formats/broker/model';
import { lintFile } from '../../../server/src/linter';
import { fixEverything } from '../../helpers/fixtureFixes';
import { fixtureCases } from '../../helpers/fixtures';
import { fixturesRoot, requireOrSkip } from '../../helpers/paths';
import { findTool } from '../../helpers/tools';

const brokerFiles = fixtureCases()
  .filter((fixture) => fixture.format === 'broker')
  .flatMap((fixture) => fixture.files.map((file) => ({ fixture, file, label: path.relative(fixturesRoot, file.source) })));

/** Keys a Broker fix may add to an object, and keys it may rename. */
const ADDED_KEYS = new Set(['tls', 'tls_hostname']);
const RENAMED_KEYS: Record<string, string> = { negociation: 'negotiation' };

/** Whether `fixed` has the structure of `original`: same containers and array lengths, keys renamed or added only as fixes do. */
function assertSameStructure(original: unknown, fixed: unknown, where = '$'): void {
  if (Array.isArray(original)) {
    assert.ok(Array.isArray(fixed), `${where} is no longer an array`);
    assert.equal(fixed.length, original.length, `${where} changed length`);
    original.forEach((item, index) => assertSameStructure(item, fixed[index], `${where}[${index}]`));
    return;
  }
  if (original !== null && typeof original === 'object') {
    assert.ok(fixed !== null && typeof fixed === 'object' && !Array.isArray(fixed), `${where} is no longer an object`);
    const before = original as Record<string, unknown>;
    const after = fixed as Record<string, unknown>;
    const kept = new Set<string>();
    for (const key of Object.keys(before)) {
      const renamed = RENAMED_KEYS[key] ?? key;
      assert.ok(renamed in after, `${where}.${key} disappeared`);
      kept.add(renamed);
      assertSameStructure(before[key], after[renamed], `${where}.${renamed}`);
    }
    const added = Object.keys(after).filter((key) => !kept.has(key));
    assert.deepEqual(added.filter((key) => !ADDED_KEYS.has(key)), [], `${where} gained unexpected keys`);
    return;
  }
  assert.ok(fixed === null || typeof fixed !== 'object', `${where} became a container`);
}

/** JSON.parse keeps the last of two equal keys silently; the tree shows them. */
function duplicateKeys(node: Node | undefined, where = '$'): string[] {
  if (!node?.children) {
    return [];
  }
  if (node.type === 'object') {
    const names = node.children.map((property) => String(property.children?.[0]?.value));
    const duplicates = names.filter((name, index) => names.indexOf(name) !== index).map((name) => `${where}.${name}`);
    return [...duplicates, ...node.children.flatMap((property, index) => duplicateKeys(property.children?.[1], `${where}.${names[index]}`))];
  }
  return node.children.flatMap((child, index) => duplicateKeys(child, `${where}[${index}]`));
}

suite('real tools: Broker', () => {
  suite('xmllint accepts every XML fixture after all preferred fixes', () => {
    const xmllint = findTool('xmllint');
    const made: string[] = [];
    suiteSetup(function () {
      requireOrSkip(this, xmllint !== undefined, 'xmllint (Debian package libxml2-utils)');
    });
    suiteTeardown(() => {
      for (const dir of made) {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
    for (const { fixture, file, label } of brokerFiles.filter((entry) => entry.file.virtualPath.endsWith('.xml'))) {
      test(label, () => {
        const { text } = fixEverything(fixture, file);
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-xmllint-'));
        made.push(dir);
        const target = path.join(dir, path.basename(file.virtualPath));
        fs.writeFileSync(target, text);
        const run = spawnSync(xmllint as string, ['--noout', '--nonet', target], { encoding: 'utf8', timeout: 10_000 });
        assert.equal(run.error, undefined);
        assert.equal(run.status, 0, `xmllint rejects the fixed file:\n${run.stderr}\n${text}`);
      });
    }
  });

  suite('every fixed JSON fixture is strict JSON with the same structure', () => {
    for (const { fixture, file, label } of brokerFiles.filter((entry) => entry.file.virtualPath.endsWith('.json'))) {
      test(label, () => {
        const { text } = fixEverything(fixture, file);
        const fixed: unknown = JSON.parse(text);
        assertSameStructure(JSON.parse(file.text), fixed);
        assert.deepEqual(duplicateKeys(parseTree(text)), []);
      });
    }
  });

  suite('hostile XML: nothing is read or expanded, and it stays fast', () => {
    let dir = '';
    let canary = '';
    suiteSetup(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-xxe-'));
      canary = path.join(dir, 'secret.txt');
      fs.writeFileSync(canary, 'CANARY-5c1e0b7');
    });
    suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

    /** Lints `text` while recording every file opened and every connection attempted. */
    function lintWatched(text: string): { findings: string[]; opened: string[]; connections: number; model: unknown; millis: number } {
      const opened: string[] = [];
      let connections = 0;
      // The module object itself (the `import * as` namespace is read-only), so the spies see every caller.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fsWritable = require('node:fs') as Record<string, unknown>;
      const originals = { openSync: fs.openSync, readFileSync: fs.readFileSync, connect: net.Socket.prototype.connect };
      fsWritable.openSync = (...args: Parameters<typeof fs.openSync>) => {
        opened.push(String(args[0]));
        return originals.openSync(...args);
      };
      fsWritable.readFileSync = (...args: Parameters<typeof fs.readFileSync>) => {
        opened.push(String(args[0]));
        return originals.readFileSync(...args);
      };
      net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
        connections += 1;
        return (originals.connect as (...rest: unknown[]) => net.Socket).apply(this, args);
      } as typeof net.Socket.prototype.connect;
      const started = process.hrtime.bigint();
      try {
        const result = lintFile({ path: '/etc/Sipmon-broker/central-broker.xml', text, workspace: emptyWorkspace });
        const model = brokerFormat.parse(text).model;
        const millis = Number(process.hrtime.bigint() - started) / 1e6;
        return { findings: (result?.findings ?? []).map((finding) => `${finding.ruleId}: ${finding.message}`), opened, connections, model, millis };
      } finally {
        fsWritable.openSync = originals.openSync;
        fsWritable.readFileSync = originals.readFileSync;
        net.Socket.prototype.connect = originals.connect;
      }
    }

    test('external entities (file and URL) and a parameter entity: no file read, no connection, the value stays unknown', () => {
      const text = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE conf [',
        `  <!ENTITY file SYSTEM "file://${canary}">`,
        '  <!ENTITY url SYSTEM "http://127.0.0.1:9/x.xml">',
        `  <!ENTITY % dtd SYSTEM "file://${canary}">`,
        '  %dtd;',
        ']>',
        '<conf>',
        '  <output>',
        '    <type>sql</type>',
        '    <db_password>&file;</db_password>',
        '    <db_host>&url;</db_host>',
        '  </output>',
        '</conf>',
      ].join('\n');
      const watched = lintWatched(text);
      assert.deepEqual(watched.opened.filter((file) => file.startsWith(dir)), []);
      assert.equal(watched.connections, 0);
      assert.ok(!JSON.stringify(watched.model).includes('CANARY'), 'the canary file was read into the model');
      assert.ok(!watched.findings.join('\n').includes('CANARY'));
      assert.ok(watched.findings.some((finding) => finding.startsWith('broker/xml-entity-declaration: The DOCTYPE declares 3 entities')), watched.findings.join('\n'));
      assert.equal(textOf(brokerFormat.parse(text).model.endpoints[0].object, 'db_password'), undefined);
    });

    test('a billion-laughs bomb and a quadratic blow-up are not expanded and take well under a second', () => {
      const levels = Array.from({ length: 9 }, (_, index) => `  <!ENTITY lol${index + 1} "${`&lol${index};`.repeat(10)}">`);
      const bomb = `<?xml version="1.0"?>\n<!DOCTYPE conf [\n  <!ENTITY lol0 "lol">\n${levels.join('\n')}\n]>\n<conf><input><type>ipv4</type><host>&lol9;</host></input></conf>\n`;
      const big = 'a'.repeat(50_000);
      const quadratic = `<?xml version="1.0"?>\n<!DOCTYPE conf [<!ENTITY big "${big}">]>\n<conf><output><type>sql</type><db_password>${'&big;'.repeat(20_000)}</db_password></output></conf>\n`;
      for (const text of [bomb, quadratic]) {
        const watched = lintWatched(text);
        assert.ok(watched.millis < 2_000, `took ${watched.millis} ms`);
        assert.ok(JSON.stringify(watched.model).length < 4 * text.length, 'the model is larger than the text: something was expanded');
        assert.ok(watched.findings.some((finding) => finding.startsWith('broker/xml-entity-declaration')));
      }
    });
  });
});
