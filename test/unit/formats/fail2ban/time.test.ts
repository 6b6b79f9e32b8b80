/** fail2ban's time values, checked against what MyTime.str2seconds (fail2ban 1.0.2) returns. */
import * as assert from 'node:assert/strict';
import { describeSeconds, isBareNumber, timeToSeconds } from '../../../../server/src/formats/fail2ban/time';

/** Values and results taken from fail2ban 1.0.2's MyTime.str2seconds; undefined where it raises. */
const CASES: [string, number | undefined][] = [
  ['10m', 600], ['1h', 3600], ['1d', 86400], ['1w', 604800], ['1mo', 2629800], ['1d12h', 129600], ['1d12h30m', 131400],
  ['1y 6mo', 47336400], ['10', 10], ['-1', -1], ['10 m', 600], ['1year-6mo', 15778800], ['0d 1h 30m', 5400],
  ['1hour+30min', 5400], ['6 months', 15778800], ['10m # note', 600], ['1.5h', 5400], ['3600*2', 7200],
  ['10 minutes please', undefined], ['010', undefined], ['abc', undefined], ['', undefined], ['1,5h', undefined], ['1d\n2h', undefined],
];

suite('fail2ban time values', () => {
  for (const [value, seconds] of CASES) {
    test(`${JSON.stringify(value)} → ${seconds}`, () => {
      assert.equal(timeToSeconds(value), seconds);
    });
  }

  test('bare numbers and durations for messages', () => {
    assert.ok(isBareNumber(' 10 '));
    assert.ok(!isBareNumber('10m'));
    assert.equal(describeSeconds(90), '1m 30s');
    assert.equal(describeSeconds(0), '0s');
    assert.equal(describeSeconds(-1), 'permanent');
  });
});
