// `npm run bench [-- <name>…]`: runs each benchmark in its own process (a fresh local stack each) and writes bench/RESULTS.md.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Benchmark, Section } from './support/benchmark';
import { runInfo, type RunInfo } from './support/machine';
import { renderResults, type StoredResult } from './support/render';

/** In the order they run; each module exports one Benchmark. */
const BENCHMARKS: Record<string, () => Promise<Benchmark>> = {
  upload: async () => (await import('./upload')).upload,
  revocation: async () => (await import('./revocation')).revocation,
  sla: async () => (await import('./sla')).sla,
  'cold-start': async () => (await import('./cold-start')).coldStart,
  throughput: async () => (await import('./throughput')).throughput,
  'round-trips': async () => (await import('./round-trips')).roundTrips,
  'report-cost': async () => (await import('./report-cost')).reportCost,
  load: async () => (await import('./load')).load,
  site: async () => (await import('./site')).site,
};
const CHILD_TIMEOUT_MS = 25 * 60_000;
const RESULTS_JSON = path.join(import.meta.dirname, 'results.json');
const RESULTS_MD = path.join(import.meta.dirname, 'RESULTS.md');

async function child(name: string, out: string): Promise<void> {
  const benchmark = await BENCHMARKS[name]!();
  const info = runInfo(); // the commit this benchmark measured (the repository may change during a long run)
  const started = performance.now();
  const section = await benchmark.run((line) => console.log(line));
  writeFileSync(out, JSON.stringify({ section, seconds: (performance.now() - started) / 1000, info }));
}

function runChild(name: string, out: string): Promise<number | null> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [...process.execArgv, import.meta.filename, '--child', name, out], { stdio: 'inherit', env: process.env });
    const timer = setTimeout(() => {
      console.error(`  ${name}: no result after ${CHILD_TIMEOUT_MS / 60_000} min, stopping it`);
      proc.kill('SIGTERM');
    }, CHILD_TIMEOUT_MS);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    await child(args[1]!, args[2]!);
    // handlers' SDK clients keep sockets alive; the result is written, so leave now
    process.exit(0);
  }
  const unknown = args.filter((a) => !(a in BENCHMARKS));
  if (unknown.length) {
    console.error(`unknown benchmark(s): ${unknown.join(', ')}; choose from ${Object.keys(BENCHMARKS).join(', ')}`);
    process.exit(2);
  }
  const names = args.length ? Object.keys(BENCHMARKS).filter((n) => args.includes(n)) : Object.keys(BENCHMARKS);
  const info: RunInfo = runInfo();
  const stored: Record<string, StoredResult> = existsSync(RESULTS_JSON) ? (JSON.parse(readFileSync(RESULTS_JSON, 'utf8')) as Record<string, StoredResult>) : {};
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'sso-bench-'));
  let failed = 0;
  try {
    for (const name of names) {
      const benchmark = await BENCHMARKS[name]!();
      console.log(`\n▶ ${name}: ${benchmark.title}`);
      const out = path.join(tmp, `${name}.json`);
      const code = await runChild(name, out);
      if (code !== 0 || !existsSync(out)) {
        failed++;
        console.error(`✗ ${name} failed (exit ${code})`);
        const section: Section = { figures: [], details: '', findings: [`The benchmark did not finish (exit code ${code}); see the console output of the run.`] };
        stored[name] = { name, title: benchmark.title, run: info, seconds: 0, section, failed: true };
        continue;
      }
      const result = JSON.parse(readFileSync(out, 'utf8')) as { section: Section; seconds: number; info: RunInfo };
      const { section, seconds } = result;
      stored[name] = { name, title: benchmark.title, run: result.info, seconds, section };
      for (const f of section.figures) console.log(`  ${f.met === false ? '✗' : '✓'} ${f.figure}: ${f.value} (target ${f.target})${f.absolute ? ` — ${f.absolute}` : ''}`);
      console.log(`  done in ${seconds.toFixed(0)} s`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const ordered = Object.fromEntries(Object.keys(BENCHMARKS).filter((n) => stored[n]).map((n) => [n, stored[n]!]));
  writeFileSync(RESULTS_JSON, `${JSON.stringify(ordered, null, 2)}\n`);
  writeFileSync(RESULTS_MD, renderResults(ordered, info));
  console.log(`\nwrote ${path.relative(process.cwd(), RESULTS_MD)}${failed ? ` (${failed} benchmark(s) failed)` : ''}`);
  process.exit(failed ? 1 : 0);
}

await main();
