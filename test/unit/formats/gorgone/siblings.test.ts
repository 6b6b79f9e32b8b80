/** Unit tests for the config.d sibling reader and its parse cache. */
import * as assert from 'node:assert/strict';
import { configDLoadOrder, configDSiblings, isInConfigD, parseCached } from '../../../../server/src/formats/gorgone/siblings';
import { WorkspaceView, workspaceOf } from '../../../../server/src/core/workspace';

const DIR = '/etc/Sipmon-gorgone/config.d';

suite('formats/gorgone/siblings', () => {
  test('only a folder named config.d is merged', () => {
    assert.equal(isInConfigD(`${DIR}/40-gorgoned.yaml`), true);
    assert.equal(isInConfigD('C:\\Sipmon-gorgone\\config.d\\40-gorgoned.yaml'), true);
    assert.equal(isInConfigD(`${DIR}/whitelist.conf.d/Sipmon.yaml`), false);
    assert.equal(isInConfigD('/srv/gorgoned.yml'), false);
    assert.equal(isInConfigD(undefined), false);
  });

  test('the other *.yaml files, in load order, without sub-folders or .yml files', () => {
    const workspace = workspaceOf({
      [`${DIR}/50-audit.yaml`]: 'gorgone:\n  modules: []\n',
      [`${DIR}/39-action.yaml`]: 'gorgone:\n  modules: []\n',
      [`${DIR}/40-gorgoned.yaml`]: 'gorgone: {}\n',
      [`${DIR}/41-extra.yml`]: 'gorgone: {}\n',
      [`${DIR}/cron.d/10-job.yaml`]: '- id: x\n',
    });
    assert.deepEqual(configDSiblings(`${DIR}/40-gorgoned.yaml`, workspace).map((file) => file.path), [`${DIR}/39-action.yaml`, `${DIR}/50-audit.yaml`]);
    assert.deepEqual(configDSiblings('/srv/40-gorgoned.yaml', workspace), []);
    const own = 'gorgone:\n  modules: []\n';
    const order = configDLoadOrder(`${DIR}/40-gorgoned.yaml`, workspace, own, parseCached(own));
    assert.deepEqual(order.map((file) => [file.name, file.own]), [['39-action.yaml', false], ['40-gorgoned.yaml', true], ['50-audit.yaml', false]]);
  });

  test('each text is parsed once, however often it is asked for', () => {
    const text = 'gorgone:\n  gorgonecore:\n    id: 7\n';
    assert.equal(parseCached(text), parseCached(text));
    let reads = 0;
    const counting: WorkspaceView = {
      readFile: () => { reads += 1; return text; },
      listDirectory: () => ['a.yaml', 'b.yaml'],
    };
    const [a, b] = configDSiblings(`${DIR}/c.yaml`, counting);
    assert.equal(reads, 2);
    assert.equal(a.model, b.model, 'same text, same parsed model');
  });
});
