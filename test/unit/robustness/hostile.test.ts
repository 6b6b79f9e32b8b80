/**
 * Hostile inputs are read within bounds (time, and memory: the worker's heap is capped) and, where something is
 * wrong, a finding says what; external entities are never read or fetched.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { externalEntity, HOSTILE_INPUTS } from '../../robustness/hostileInputs';
import { WorkerCase, WorkerMessage } from '../../robustness/hostileWorker';

/**
 * A hang, an expansion or a quadratic blow-up on these megabyte inputs takes far longer than this; the figure
 * itself is measured by the benchmarks, and a loaded CI machine must not make the bound flaky.
 */
const HOSTILE_TIME_LIMIT_MS = 5000;

/** The worker's heap: the linter itself needs about 40 MB; a bomb that went off would need far more. */
const HEAP_LIMIT_MB = 200;
const BROKER_XML = '/etc/Sipmon-broker/central-broker.xml';

type Done = Extract<WorkerMessage, { kind: 'done' }>;

/** Lints the cases in a worker with a capped heap; rejects, naming the case, when the worker dies. */
function lintInWorker(cases: WorkerCase[]): Promise<Map<string, Done>> {
  return new Promise((resolve, reject) => {
    const results = new Map<string, Done>();
    let current = '(starting)';
    const worker = new Worker(path.join(__dirname, '..', '..', 'robustness', 'hostileWorker.js'), {
      workerData: cases,
      resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
    });
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'started') {
        current = message.name;
      } else {
        results.set(message.name, message);
      }
    });
    worker.on('error', (error) => reject(new Error(`the worker died on "${current}": ${error.message}`)));
    worker.on('exit', () => resolve(results));
  });
}

function assertBounded(result: Done | undefined, name: string): asserts result is Done {
  assert.ok(result, `${name}: no result`);
  assert.equal(result.threw, undefined, `${name}: the linter threw`);
  assert.deepEqual(result.engineErrors, [], `${name}: a rule failed`);
  assert.ok(result.ms < HOSTILE_TIME_LIMIT_MS, `${name}: took ${Math.round(result.ms)} ms`);
  for (const finding of result.findings) {
    assert.ok(finding.message.length <= 501, `${name}: a ${finding.message.length}-character message from ${finding.ruleId}`);
    assert.doesNotMatch(finding.message, /\b(Infinity|NaN)\b/, `${name}: ${finding.message}`);
  }
}

suite('robustness: hostile inputs', () => {
  let results: Map<string, Done>;

  suiteSetup(async function () {
    this.timeout(60_000);
    results = await lintInWorker(HOSTILE_INPUTS.map((input) => ({ name: input.name, path: input.path, text: input.text() })));
  });

  for (const input of HOSTILE_INPUTS) {
    const what = input.expect ? `reported by ${input.expect.ruleId}` : 'read';
    test(`${input.name}: ${what} within ${HOSTILE_TIME_LIMIT_MS} ms and a ${HEAP_LIMIT_MB} MB heap`, () => {
      const result = results.get(input.name);
      assertBounded(result, input.name);
      if (input.expect) {
        const { ruleId, message } = input.expect;
        assert.ok(
          result.findings.some((finding) => finding.ruleId === ruleId && message.test(finding.message)),
          `${input.name}: expected ${ruleId} matching ${message}, got ${JSON.stringify(result.findings.map((finding) => `${finding.ruleId}: ${finding.message.slice(0, 120)}`))}`,
        );
      }
    });
  }

  test('the entity bomb is never expanded: no message holds its text', () => {
    const result = results.get('XML entity-expansion bomb');
    assertBounded(result, 'XML entity-expansion bomb');
    assert.ok(result.findings.every((finding) => !finding.message.includes('lollol')));
  });

  suite('external entities are never read nor fetched', () => {
    let folder: string;
    let server: net.Server;
    let connections = 0;
    let port: number;

    suiteSetup(async () => {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sipmon-xxe-'));
      fs.writeFileSync(path.join(folder, 'secret.txt'), 'TOP-SECRET-MARKER');
      server = net.createServer((socket) => {
        connections++;
        socket.destroy();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as net.AddressInfo).port;
    });

    suiteTeardown(async () => {
      fs.rmSync(folder, { recursive: true, force: true });
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    for (const kind of ['file', 'URL'] as const) {
      for (const parameter of [false, true]) {
        test(`a ${parameter ? 'parameter' : 'general'} entity naming a ${kind} is reported and left alone`, async function () {
          this.timeout(30_000);
          const secret = path.join(folder, 'secret.txt');
          const systemId = kind === 'file' ? `file://${secret}` : `http://127.0.0.1:${port}/entity.dtd`;
          const name = `${kind} ${parameter}`;
          const result = (await lintInWorker([{ name, path: BROKER_XML, text: externalEntity(systemId, parameter) }])).get(name);
          assertBounded(result, name);
          assert.ok(result.findings.some((finding) => finding.ruleId === 'broker/xml-entity-declaration' && /external/.test(finding.message)), JSON.stringify(result.findings));
          assert.ok(result.findings.every((finding) => !finding.message.includes('TOP-SECRET-MARKER')));
          assert.deepEqual(result.filesOpened.filter((file) => file.includes(folder)), [], 'the linter opened the entity file');
          assert.deepEqual(result.workspaceReads.filter((file) => file.includes(folder) || file.includes('127.0.0.1')), [], 'the linter asked the workspace for the entity');
          await new Promise((resolve) => setImmediate(resolve));
          assert.equal(connections, 0, 'the linter connected to the entity URL');
        });
      }
    }
  });
});
