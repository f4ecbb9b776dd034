// Upload overhead: a 10 MB PDF through the award flow (start → presigned PUTs → submit, verified) vs a raw PUT of the same bytes,
// and what the check after landing reads back (nothing of the file when S3 vouches for its signed SHA-256).
import { createHash } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import type { Benchmark } from './support/benchmark';
import { newHospital } from './support/hospitals';
import { samplePdf, startBenchStack, type BenchStack } from './support/stack';
import { int, kb, median, ms, ratio, since, table } from './support/stats';

const FILE_BYTES = 10 * 1024 * 1024; // the award's own limit (AWARD_FILE_MAX_BYTES)
const SMALL_BYTES = 4 * 1024; // the second file the award form needs
const RUNS = 7;
const TARGET = 1.15;
// the same comparison over a link shaped in the client, as a hospital's upload would go: at the wire's speed
const LINK_MBIT = 50;
const SHAPED_RUNS = 5;
const SHAPED_TARGET = 1.03;
/** The `%PDF-` check reads this much of each file when S3 vouched for its SHA-256. */
const MAGIC_BYTES = 5;

type Upload = { url: string; method: string; headers: Record<string, string>; key: string };
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function put(url: string, headers: Record<string, string>, bytes: Buffer): Promise<void> {
  const res = await fetch(url, { method: 'PUT', headers, body: new Uint8Array(bytes) });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`PUT ${url} answered ${res.status}`);
}

type Put = typeof put;

/** A PUT whose body is paced to `mbit` megabits per second (16 KB writes, never ahead of the clock). */
const pacedPut = (mbit: number): Put => (url, headers, bytes) =>
  new Promise<void>((resolve, reject) => {
    const bytesPerMs = (mbit * 1_000_000) / 8 / 1000;
    const req = http.request(url, { method: 'PUT', headers: { ...headers, 'content-length': String(bytes.length) } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`PUT ${url} answered ${res.statusCode}`))));
    });
    req.on('error', reject);
    const start = performance.now();
    let sent = 0;
    const pump = () => {
      while (sent < bytes.length) {
        const due = sent / bytesPerMs - (performance.now() - start);
        if (due > 1) return void setTimeout(pump, due);
        const chunk = bytes.subarray(sent, sent + 16 * 1024);
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });

/**
 * The raw S3 PUTs of the same two files to the same bucket, no API in between. Each declares its
 * SHA-256 as the flow's presigned PUTs do: S3 checks it as the bytes arrive at no cost to either
 * side, but the local S3 checks it in a front (a staging object moved once it matches), and that
 * cost is the emulator's, so both sides pay it.
 */
async function rawPut(stack: BenchStack, run: number | string, big: Buffer, small: Buffer, putFile: Put = put): Promise<number> {
  const checksum = (b: Buffer) => createHash('sha256').update(b).digest('base64');
  const start = performance.now();
  const base = `${stack.s3Url}/sso-local-uploads/bench-raw/${run}`;
  await putFile(`${base}/application.pdf`, { 'content-type': 'application/pdf', 'x-amz-checksum-sha256': checksum(big) }, big);
  await putFile(`${base}/self-assessment.pdf`, { 'content-type': 'application/pdf', 'x-amz-checksum-sha256': checksum(small) }, small);
  return since(start);
}

/** AWS calls of the application's clients (handlers run in this process), with when they ran. */
const awsCalls: Array<{ command: string; start: number; end: number }> = [];

/** How long the calls named `command` kept submit busy between `from` and `to` (overlapping calls counted once). */
function busy(command: string, from: number, to: number): number {
  const spans = awsCalls.filter((c) => c.command === command && c.start >= from && c.end <= to).sort((a, b) => a.start - b.start);
  let total = 0;
  let reached = from;
  for (const { start, end } of spans) {
    total += Math.max(0, end - Math.max(start, reached));
    reached = Math.max(reached, end);
  }
  return total;
}

/** The hospital's flow: start (presigned slots) → PUT both files → submit (files checked after landing). */
async function apiFlow(stack: BenchStack, token: string, big: Buffer, small: Buffer, awaitEventCheck?: (key: string) => Promise<void>, putFile: Put = put) {
  const before = { ...stack.traffic };
  const start = performance.now();
  const started = await stack.call<{ submissionId: string; uploads: Record<'applicationForm' | 'selfAssessment', Upload> }>('POST', '/award-programmes/2570/submissions', {
    token,
    body: { files: { applicationForm: { sha256: sha(big) }, selfAssessment: { sha256: sha(small) } } },
  });
  if (started.status !== 201) throw new Error(`start submission answered ${started.status}: ${JSON.stringify(started.body)}`);
  const tStarted = since(start);
  const { applicationForm, selfAssessment } = started.body.uploads;
  await putFile(applicationForm.url, applicationForm.headers, big);
  await putFile(selfAssessment.url, selfAssessment.headers, small);
  // diagnostic variant: let the S3-event check finish before pressing submit (not part of the timed flow)
  let waited = 0;
  if (awaitEventCheck) {
    const w = performance.now();
    await Promise.all([awaitEventCheck(applicationForm.key), awaitEventCheck(selfAssessment.key)]);
    waited = since(w);
  }
  const tPut = since(start);
  const submitFrom = performance.now();
  const submitted = await stack.call<{ status: string }>('POST', `/award-submissions/${started.body.submissionId}/submit`, { token });
  const elapsed = since(start);
  const submitTo = performance.now();
  if (submitted.status !== 200 || submitted.body.status !== 'received') throw new Error(`submit answered ${submitted.status}: ${JSON.stringify(submitted.body)}`);
  return {
    ms: elapsed - waited,
    steps: { start: tStarted, put: tPut - tStarted - waited, submit: elapsed - tPut },
    // inside submit: the frozen copies (CopyObject, in S3) and the one write of entry, audit record and mails
    inSubmit: { copies: busy('CopyObjectCommand', submitFrom, submitTo), write: busy('TransactWriteItemsCommand', submitFrom, submitTo) },
    apiRequests: stack.traffic.requests - before.requests,
    apiBytesSent: stack.traffic.bytesSent - before.bytesSent,
    apiBytesReceived: stack.traffic.bytesReceived - before.bytesReceived,
  };
}

export const upload: Benchmark = {
  name: 'upload',
  title: 'Upload overhead',
  async run(log) {
    const stack = await startBenchStack();
    // every figure here is wall-clock time on a shared machine: the load beside it says how busy it was
    const loadBefore = os.loadavg()[0]!;
    try {
      const { s3 } = await import('../shared/aws/s3');
      const { dynamoClient } = await import('../shared/aws/dynamodb');
      // bytes the application's own S3 client reads back: whole objects (a check that hashes the
      // file) apart from ranges (the `%PDF-` check of a file S3 vouched for)
      let bytesReadBack = 0;
      let rangeBytesReadBack = 0;
      s3.middlewareStack.add(
        (next, context) => async (args) => {
          const result = await next(args);
          const length = (result.output as { ContentLength?: number }).ContentLength ?? 0;
          if (context.commandName === 'GetObjectCommand') {
            if ((args.input as { Range?: string }).Range) rangeBytesReadBack += length;
            else bytesReadBack += length;
          }
          return result;
        },
        { step: 'initialize', name: 'benchCountS3Reads' },
      );
      for (const client of [s3, dynamoClient] as const) {
        (client as typeof s3).middlewareStack.add(
          (next, context) => async (args) => {
            const start = performance.now();
            try {
              return await next(args);
            } finally {
              awsCalls.push({ command: context.commandName ?? '?', start, end: performance.now() });
              if (awsCalls.length > 10_000) awsCalls.splice(0, 5_000);
            }
          },
          { step: 'initialize', name: 'benchTimeAwsCalls' },
        );
      }
      // a submitted entry is final: each flow is a new hospital's first submission, signed in before the clock starts
      let hospitals = 0;
      const freshHospital = async () => (await newHospital(stack, ++hospitals)).token;
      const big = samplePdf(FILE_BYTES, 'bench application form');
      const small = samplePdf(SMALL_BYTES, 'bench self assessment');
      // warm-up: first requests load handlers and open connections
      await rawPut(stack, -1, big, small);
      await apiFlow(stack, await freshHospital(), big, small);
      const raw: number[] = [];
      const flow: Array<Awaited<ReturnType<typeof apiFlow>>> = [];
      let readBack = 0;
      let rangeReadBack = 0;
      for (let i = 0; i < RUNS; i++) {
        raw.push(await rawPut(stack, i, big, small));
        const before = bytesReadBack;
        const rangeBefore = rangeBytesReadBack;
        flow.push(await apiFlow(stack, await freshHospital(), big, small));
        // the S3-event check and the queued mails may still be running: let them finish before the next pair
        await new Promise((r) => setTimeout(r, 300));
        readBack = Math.max(readBack, bytesReadBack - before);
        rangeReadBack = Math.max(rangeReadBack, rangeBytesReadBack - rangeBefore);
        const f = flow[i]!;
        log(`  run ${i + 1}/${RUNS}: raw ${ms(raw[i]!)} · flow ${ms(f.ms)} (start ${ms(f.steps.start)}, PUTs ${ms(f.steps.put)}, submit ${ms(f.steps.submit)}; read back ${int(bytesReadBack - before)} B of files + ${int(rangeBytesReadBack - rangeBefore)} B of \`%PDF-\` ranges)`);
      }
      // diagnostic: the same flow, but submit only after the S3-event check recorded its verdict
      const { getUploadSlot } = await import('../shared/data/upload-slots-repository');
      const settled = async (key: string) => {
        for (let i = 0; i < 400; i++) {
          const slot = await getUploadSlot(key);
          if (slot && slot.status !== 'awaiting-upload') return;
          await new Promise((r) => setTimeout(r, 10));
        }
      };
      const afterCheck: Array<Awaited<ReturnType<typeof apiFlow>>> = [];
      const afterCheckReadBack: number[] = [];
      for (let i = 0; i < 5; i++) {
        const before = bytesReadBack;
        afterCheck.push(await apiFlow(stack, await freshHospital(), big, small, settled));
        await new Promise((r) => setTimeout(r, 300));
        afterCheckReadBack.push(bytesReadBack - before);
      }
      // the same pairs over a shaped link: what a hospital's upload costs with and without the API around it
      const shapedRaw: number[] = [];
      const shapedFlow: Array<Awaited<ReturnType<typeof apiFlow>>> = [];
      for (let i = 0; i < SHAPED_RUNS; i++) {
        shapedRaw.push(await rawPut(stack, `shaped-${i}`, big, small, pacedPut(LINK_MBIT)));
        shapedFlow.push(await apiFlow(stack, await freshHospital(), big, small, undefined, pacedPut(LINK_MBIT)));
        await new Promise((r) => setTimeout(r, 300));
        const f = shapedFlow[i]!;
        log(`  ${LINK_MBIT} Mbit/s run ${i + 1}/${SHAPED_RUNS}: raw ${ms(shapedRaw[i]!)} · flow ${ms(f.ms)} (start ${ms(f.steps.start)}, PUTs ${ms(f.steps.put)}, submit ${ms(f.steps.submit)})`);
      }
      const shapedOverhead = median(shapedFlow.map((f) => f.ms)) / median(shapedRaw);
      const shapedRawMedian = median(shapedRaw);
      const shapedFlowMedian = median(shapedFlow.map((f) => f.ms));
      const submitRace = median(flow.map((f) => f.steps.submit));
      const submitSettled = median(afterCheck.map((f) => f.steps.submit));
      const rawMedian = median(raw);
      const flowMedian = median(flow.map((f) => f.ms));
      const overhead = flowMedian / rawMedian;
      const apiSent = Math.max(...flow.map((f) => f.apiBytesSent));
      const apiReceived = Math.max(...flow.map((f) => f.apiBytesReceived));
      const fileBytes = big.length + small.length;
      // the API's requests carry JSON only: far below the size of either file means no file bytes
      const noFileBytes = apiSent < small.length;
      const all = [...flow, ...shapedFlow];
      const steps = (of: typeof flow) => ({
        start: median(of.map((f) => f.steps.start)),
        put: median(of.map((f) => f.steps.put)),
        submit: median(of.map((f) => f.steps.submit)),
      });
      const loop = steps(flow);
      const shaped = steps(shapedFlow);
      const copies = median(all.map((f) => f.inSubmit.copies));
      const write = median(all.map((f) => f.inSubmit.write));
      return {
        figures: [
          { figure: 'upload overhead on the loopback (API flow ÷ raw PUT, medians)', value: ratio(overhead), target: `≤ ${TARGET}`, met: overhead <= TARGET, absolute: `flow ${ms(flowMedian)} · raw ${ms(rawMedian)} (${RUNS} runs each)` },
          {
            figure: `upload overhead over a ${LINK_MBIT} Mbit/s link (shaped in the client, medians)`,
            value: ratio(shapedOverhead),
            target: `≤ ${SHAPED_TARGET}`,
            met: shapedOverhead <= SHAPED_TARGET,
            absolute: `flow ${ms(shapedFlowMedian)} · raw ${ms(shapedRawMedian)} (${SHAPED_RUNS} runs each)`,
          },
          {
            figure: 'file bytes read back after landing (whole-object GETs, per flow)',
            value: int(readBack),
            target: '0',
            met: readBack === 0,
            absolute: `plus ${int(rangeReadBack)} B of \`%PDF-\` ranges (${MAGIC_BYTES} B a check), for ${int(fileBytes)} B of files`,
          },
          {
            figure: 'file bytes through the API (Lambda)',
            value: noFileBytes ? '0' : `up to ${int(apiSent)}`,
            target: '0',
            met: noFileBytes,
            absolute: `${flow[0]!.apiRequests} API requests per flow, ${int(apiSent)} B sent / ${int(apiReceived)} B received, for ${int(fileBytes)} B of files`,
          },
        ],
        details: [
          `A ${kb(FILE_BYTES)} PDF (the award's limit) and a ${kb(SMALL_BYTES)} PDF (the form needs both) as a new hospital for each flow (its own account, signed in before the clock starts) for programme 2570:`,
          '`POST /api/award-programmes/2570/submissions` (declared SHA-256s → presigned slots that sign them) → presigned `PUT` of each file to the local S3 →',
          '`POST /api/award-submissions/{id}/submit`, which answers only once both files are verified (size, `%PDF-`, SHA-256), copied to their received keys and the entry written.',
          'The local S3 is s3rver behind local/s3-checksums.ts, which checks a signed SHA-256 as S3 does (other bytes: 400 BadDigest) and reports it on HEAD,',
          'so the check after landing takes the path it takes on AWS: S3 vouches for the SHA-256 and only the 5-byte `%PDF-` range is read.',
          'Against it, a raw `PUT` of the same two buffers to the same bucket, each declaring its SHA-256 too (the local front\'s check costs both sides alike; S3\'s own is inline). Runs alternate (raw, flow) after one warm-up pair; medians.',
          '',
          table(
            ['run', 'raw PUT', 'API flow', 'ratio', 'flow steps: start · PUTs · submit'],
            raw.map((r, i) => { const f = flow[i]!; return [i + 1, ms(r), ms(f.ms), ratio(f.ms / r), `${ms(f.steps.start)} · ${ms(f.steps.put)} · ${ms(f.steps.submit)}`]; }),
          ),
          '',
          `The same pairs with every PUT paced to ${LINK_MBIT} Mbit/s in the client (both sides equally; the API calls are not paced):`,
          '',
          table(
            ['run', 'raw PUT', 'API flow', 'ratio', 'flow steps: start · PUTs · submit'],
            shapedRaw.map((r, i) => { const f = shapedFlow[i]!; return [i + 1, ms(r), ms(f.ms), ratio(f.ms / r), `${ms(f.steps.start)} · ${ms(f.steps.put)} · ${ms(f.steps.submit)}`]; }),
          ),
          '',
          `Steps of the flow (medians): on the loopback start ${ms(loop.start)}, the two PUTs ${ms(loop.put)}, submit ${ms(loop.submit)}; at ${LINK_MBIT} Mbit/s start ${ms(shaped.start)}, the PUTs ${ms(shaped.put)} (raw ${ms(shapedRawMedian)}), submit ${ms(shaped.submit)}.`,
          `Inside submit (medians of all ${all.length} flows): the two copies to the received keys (CopyObject, in S3) ${ms(copies)}, the one transaction of entry, audit record and queued mails ${ms(write)}; the mails are sent by the table's stream after the answer.`,
          `Diagnostic: when submit is pressed only after the S3-event check has recorded its verdict, submit takes ${ms(submitSettled)} (median of 5; ${ms(submitRace)} when it follows the PUTs at once).`,
          '',
          `Machine load (1-minute average, ${os.cpus().length} cores): ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end; above the core count, every step waits for a CPU and the fixed costs (API calls, copies, the transaction) grow with it.`,
          '',
          `API traffic per flow (request line, headers and JSON bodies): ${int(apiSent)} B sent, ${int(apiReceived)} B received, in ${flow[0]!.apiRequests} requests — the files (${int(fileBytes)} B) never go to the API.`,
          `Read back by the application's S3 client in one flow (the S3-event check and submit's own): ${int(readBack)} B of whole objects and ${int(rangeReadBack)} B of \`%PDF-\` ranges, for ${int(fileBytes)} B of files.`,
        ].join('\n'),
        findings: [
          ...(overhead <= TARGET
            ? []
            : [`Upload overhead on the loopback ${ratio(overhead)} > ${TARGET}: the flow adds ${ms(flowMedian - rawMedian)} to a ${ms(rawMedian)} local PUT (start ${ms(loop.start)}, PUTs ${ms(loop.put)} vs ${ms(rawMedian)} raw, submit ${ms(loop.submit)}, of which copies ${ms(copies)} and the transaction ${ms(write)}). On the loopback a 10 MB PUT costs about as much as two API calls: fixed costs dominate.`]),
          ...(shapedOverhead <= SHAPED_TARGET
            ? []
            : [
                `Upload overhead at ${LINK_MBIT} Mbit/s ${ratio(shapedOverhead)} > ${SHAPED_TARGET}: ≤ ${SHAPED_TARGET} leaves ${ms(shapedRawMedian * (SHAPED_TARGET - 1))} for start, the PUTs' own overhead and submit, which take ${ms(shaped.start)} + ${ms(shaped.put - shapedRawMedian)} + ${ms(shaped.submit)}. In submit, the two in-S3 copies that freeze what was received (${ms(copies)}: s3rver copies the 10 MB file and hashes it again) and the one transaction (${ms(write)}: the local front runs its items one after another) are the largest parts; on AWS a TransactWriteItems is one round trip, and a 10 MB CopyObject still copies 10 MB.`,
              ]),
          ...(readBack === 0 ? [] : [`${int(readBack)} B of whole objects read back in one flow: a check S3 did not vouch for hashed the file (was the SHA-256 signed and reported?).`]),
        ],
      };
    } finally {
      await stack.stop();
    }
  },
};
