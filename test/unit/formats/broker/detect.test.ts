/** Broker detection: by path under /etc/Sipmon-broker and the cbd/cbmod file names, by content elsewhere; other XML and JSON never. */
import * as assert from 'node:assert/strict';
import { emptyConfig } from '../../../../server/src/core/config';
import { detectFormat } from '../../../../server/src/core/detect';
import { formats } from '../../../../server/src/formats';

function detected(path: string | undefined, text: string, languageId?: string): string | undefined {
  return detectFormat({ path, text, languageId }, formats, emptyConfig)?.format.id;
}

const JSON_BROKER = '{\n  "SipmonBroker": { "broker_id": 1 }\n}\n';
const XML_BROKER = '<?xml version="1.0"?>\n<conf>\n <broker_id>1</broker_id>\n</conf>\n';

suite('Broker detection', () => {
  test('claims files by path, whatever their content', () => {
    for (const path of [
      '/etc/Sipmon-broker/central-broker.json',
      '/etc/Sipmon-broker/anything.xml',
      '/srv/backup/central-broker-master.json',
      '/srv/backup/poller1-module.xml',
      '/srv/backup/central-rrd.json',
      '/srv/backup/watchdog.xml',
    ]) {
      assert.equal(detected(path, '{}'), 'broker', path);
    }
  });

  test('claims other XML and JSON files, and templates, by content', () => {
    assert.equal(detected('/repo/config/cbd.json', JSON_BROKER), 'broker');
    assert.equal(detected('/repo/config/cbd.json.in', '{ "a": 1, "SipmonBroker": {} }'), 'broker');
    assert.equal(detected('/repo/templates/cbd.json.tpl', JSON_BROKER), 'broker');
    assert.equal(detected('/repo/config/sample.xml.in', XML_BROKER), 'broker');
    assert.equal(detected('/repo/config/ui.xml', '<SipmonBroker><input/></SipmonBroker>'), 'broker');
    assert.equal(detected('/repo/config/old.xml', '<root><output><type>ipv4</type><protocol><![CDATA[bbdo]]></protocol></output></root>'), 'broker');
    assert.equal(detected(undefined, JSON_BROKER, 'json'), 'broker');
    assert.equal(detected(undefined, XML_BROKER, 'xml'), 'broker');
  });

  test('never claims unrelated XML or JSON', () => {
    const unrelated: Record<string, string> = {
      '/repo/package.json': '{ "name": "x", "dependencies": { "SipmonBroker": "1" } }',
      '/repo/tsconfig.json': '{ "compilerOptions": {} }',
      '/repo/pom.xml': '<project><modelVersion>4.0.0</modelVersion></project>',
      '/repo/.idea/workspace.xml': '<project><component name="x"><output url="file://x"/></component></project>',
      '/etc/fontconfig/fonts.xml': '<!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig/>',
    };
    for (const [path, text] of Object.entries(unrelated)) {
      assert.equal(detected(path, text), undefined, path);
    }
    assert.equal(detected(undefined, '{ "a": 1 }', 'json'), undefined);
    assert.equal(detected(undefined, JSON_BROKER, 'yaml'), undefined);
  });
});
