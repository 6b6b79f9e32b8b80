/** Unit tests for the command-regex judgement behind gorgone/whitelist-regex-unanchored. */
import * as assert from 'node:assert/strict';
import { judgeCommandRegex, topLevelBranches } from '../../../../server/src/formats/gorgone/commandRegex';

suite('formats/gorgone/commandRegex', () => {
  test('closed regexes pass', () => {
    for (const regex of [
      '^/usr/sbin/centenginestats\\s+-c\\s+/etc/Sipmon-engine/+centengine\\.cfg\\s*$',
      '^/usr/share/Sipmon/bin/Sipmon -u \\"Sipmon-gorgone\\" -p \\S+ -w -o SipmonWorker -a processQueue$',
      '\\A/bin/true\\z',
      '^a$|^b$',
      '^/bin/echo [|(]\\s*$',
      '^/bin/echo \\.*$',
    ]) {
      assert.equal(judgeCommandRegex(regex), undefined, regex);
    }
  });

  test('weaknesses, worst first', () => {
    assert.deepEqual(judgeCommandRegex('^mkdir'), { weakness: 'unanchored', missingStart: false, missingEnd: true, anchorable: true });
    assert.deepEqual(judgeCommandRegex('cbd$'), { weakness: 'unanchored', missingStart: true, missingEnd: false, anchorable: true });
    assert.equal(judgeCommandRegex('^echo \\$')?.missingEnd, true, 'an escaped dollar is a literal');
    assert.equal(judgeCommandRegex('^echo \\\\$'), undefined, 'an escaped backslash before the dollar leaves the anchor');
    assert.equal(judgeCommandRegex('^/usr/lib/Sipmon/plugins/.*$')?.weakness, 'openEnd');
    assert.equal(judgeCommandRegex('^/bin/(?:.+)\\s*$')?.weakness, 'openEnd');
    for (const everything of ['.*', '^.*', '^.*$', '', '^', '(.*)']) {
      assert.equal(judgeCommandRegex(everything)?.weakness, 'matchesAll', JSON.stringify(everything));
    }
    assert.deepEqual(judgeCommandRegex('^ok$|rm'), { weakness: 'unanchored', missingStart: true, missingEnd: true, anchorable: false });
    assert.equal(judgeCommandRegex('^ok$|.*')?.weakness, 'matchesAll');
  });

  test('top-level branches ignore | in groups, classes and escapes', () => {
    assert.deepEqual(topLevelBranches('^(a|b)[|]\\|c|d$'), ['^(a|b)[|]\\|c', 'd$']);
    assert.deepEqual(topLevelBranches('[]|]x|y'), ['[]|]x', 'y']);
    assert.deepEqual(topLevelBranches('[^]|]x|y'), ['[^]|]x', 'y']);
  });
});
