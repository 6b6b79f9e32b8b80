/** The size limit through the whole linter: a file over `maxFileSize` bytes gets one info finding and is not parsed. */
import * as assert from 'node:assert/strict';
import { DEFAULT_MAX_FILE_SIZE } from '../../../server/src/core/config';
import { FILE_TOO_LARGE_ID, SNIFF_LENGTH } from '../../../server/src/core/fileSize';
import { emptyWorkspace, workspaceOf } from '../../../server/src/core/workspace';
import { FileResult, lintFile, LintFileInput } from '../../../server/src/linter';
import { FAULT_TRIGGER, rulesWithFaulty } from '../../helpers/faultyRule';

const PATH = '/etc/Sipmon-gorgone/config.d/40-gorgoned.yaml';
/** Insecure and broken: linted, it gives a rule finding and a syntax error. */
const INSECURE = 'gorgone:\n  gorgonecore:\n    fingerprint_mode: always\n    key: @X@\n';

function lintWith(text: string, extra: Partial<LintFileInput> = {}): FileResult {
  const result = lintFile({ path: PATH, text, workspace: emptyWorkspace, ...extra });
  assert.ok(result, 'not linted at all');
  return result;
}

function ruleIds(result: FileResult): string[] {
  return result.findings.map((finding) => finding.ruleId);
}

suite('sipmon/file-too-large', () => {
  test('a file over the limit gets one info finding on its first line, and nothing else', () => {
    const result = lintWith(INSECURE, { override: { maxFileSize: INSECURE.length - 1 } });
    assert.equal(result.tooLarge, true);
    assert.equal(result.format, 'gorgone');
    assert.deepEqual(ruleIds(result), [FILE_TOO_LARGE_ID]);
    const [finding] = result.findings;
    assert.equal(finding.severity, 'info');
    assert.equal(INSECURE.slice(finding.span.start, finding.span.end), 'gorgone:');
    assert.equal(finding.message, `This file is ${INSECURE.length} bytes, over the limit of ${INSECURE.length - 1} bytes ("maxFileSize"): it was not checked.`);
    assert.deepEqual(finding.fixes, []);
  });

  test('a file at the limit is linted as usual', () => {
    const result = lintWith(INSECURE, { override: { maxFileSize: INSECURE.length } });
    assert.equal(result.tooLarge, false);
    assert.deepEqual(ruleIds(result), ['gorgone/fingerprint-mode-always', 'gorgone/syntax']);
  });

  test('the limit counts UTF-8 bytes, as on disk, not characters', () => {
    const text = `${INSECURE}# ${'é'.repeat(100)}\n`;
    const bytes = Buffer.byteLength(text, 'utf8');
    assert.equal(bytes, text.length + 100);
    assert.equal(lintWith(text, { override: { maxFileSize: bytes } }).tooLarge, false);
    assert.equal(lintWith(text, { override: { maxFileSize: bytes - 1 } }).tooLarge, true);
  });

  test('the default limit is 5 MB', () => {
    const filler = `# ${'x'.repeat(98)}\n`;
    const atLimit = `${INSECURE}${filler.repeat((DEFAULT_MAX_FILE_SIZE - INSECURE.length) / filler.length)}`.padEnd(DEFAULT_MAX_FILE_SIZE, '#');
    assert.equal(atLimit.length, DEFAULT_MAX_FILE_SIZE);
    assert.equal(lintWith(atLimit).tooLarge, false);
    assert.deepEqual(ruleIds(lintWith(`${atLimit}#`)), [FILE_TOO_LARGE_ID]);
  });

  test('no rule runs on a skipped file: a rule that would throw is not even called', () => {
    const text = `${INSECURE}# ${FAULT_TRIGGER}\n`;
    assert.equal(lintWith(text, { ruleSet: rulesWithFaulty }).engineErrors.length, 1, 'the faulty rule runs on the file when it is small enough');
    const skipped = lintWith(text, { ruleSet: rulesWithFaulty, override: { maxFileSize: 10 } });
    assert.deepEqual(skipped.engineErrors, []);
    assert.deepEqual(ruleIds(skipped), [FILE_TOO_LARGE_ID]);
  });

  test('"off" hides the finding, the file is still skipped', () => {
    const result = lintWith(INSECURE, { override: { maxFileSize: 10, rules: { [FILE_TOO_LARGE_ID]: 'off' } } });
    assert.equal(result.tooLarge, true);
    assert.deepEqual(result.findings, []);
    assert.equal(lintWith(INSECURE, { override: { maxFileSize: 10, rules: { [FILE_TOO_LARGE_ID]: 'warning' } } }).findings[0].severity, 'warning');
  });

  test('a file that is not a Sipmon file gets nothing, however large', () => {
    assert.equal(lintFile({ path: '/srv/app/big.yaml', text: `services:\n${'  x: 1\n'.repeat(100)}`, workspace: emptyWorkspace, override: { maxFileSize: 10 } }), undefined);
  });

  test('a file known by its content alone is sniffed from its beginning only, so the caller may pass just that and the size', () => {
    const head = `gorgone:\n  gorgonecore:\n    id: 1\n${'# padding\n'.repeat(SNIFF_LENGTH / 10)}`;
    const result = lintFile({ path: '/srv/deploy/gorgoned.yaml', text: head, size: 50_000_000, workspace: emptyWorkspace });
    assert.ok(result, 'the beginning says it is a Gorgone file');
    assert.deepEqual(ruleIds(result), [FILE_TOO_LARGE_ID]);
    assert.match(result.findings[0].message, /50,000,000 bytes/);
    const sniffedTooLate = `${'# padding\n'.repeat(SNIFF_LENGTH / 10)}gorgone:\n  gorgonecore:\n    id: 1\n`;
    assert.equal(lintFile({ path: '/srv/deploy/gorgoned.yaml', text: sniffedTooLate, workspace: emptyWorkspace, override: { maxFileSize: 10 } }), undefined);
    assert.ok(lintFile({ path: '/srv/deploy/gorgoned.yaml', text: sniffedTooLate, workspace: emptyWorkspace }), 'under the limit, the whole text is sniffed');
  });

  test('a long first line: the range stays inside the document', () => {
    const text = `gorgone: ${'x'.repeat(SNIFF_LENGTH * 2)}\n`;
    const [finding] = lintWith(text, { override: { maxFileSize: 10 } }).findings;
    assert.deepEqual(finding.span, { start: 0, end: SNIFF_LENGTH });
  });

  test('the config file\'s maxFileSize wins over the editor\'s, which applies where the file sets none', () => {
    const workspace = workspaceOf({ '/etc/Sipmon-gorgone/.sipmonlint.json': '{ "maxFileSize": 10 }', [PATH]: INSECURE });
    assert.equal(lintWith(INSECURE, { workspace, override: { maxFileSize: 1_000_000 } }).tooLarge, true);
    const generous = workspaceOf({ '/etc/Sipmon-gorgone/.sipmonlint.json': '{ "maxFileSize": 1000000 }', [PATH]: INSECURE });
    assert.equal(lintWith(INSECURE, { workspace: generous, override: { maxFileSize: 10 } }).tooLarge, false);
    const silent = workspaceOf({ '/etc/Sipmon-gorgone/.sipmonlint.json': '{}', [PATH]: INSECURE });
    assert.equal(lintWith(INSECURE, { workspace: silent, override: { maxFileSize: 10 } }).tooLarge, true);
  });
});
