// Renders bench/RESULTS.md from the stored results of the last run of each benchmark.
import type { Section } from './benchmark';
import type { RunInfo } from './machine';

export interface StoredResult {
  name: string;
  title: string;
  run: RunInfo;
  seconds: number;
  section: Section;
  failed?: boolean;
}

const machine = (r: RunInfo) => `${r.cpu}, ${r.cores} cores, ${r.memoryGiB} GiB memory; Node ${r.node}; ${r.platform}`;
const commit = (r: RunInfo) => `${r.commit.slice(0, 12)}${r.dirty ? ' (with uncommitted changes outside bench/)' : ''}`;

export function renderResults(results: Record<string, StoredResult>, latest: RunInfo): string {
  const all = Object.values(results);
  // one entry per distinct commit/machine (each benchmark records the state it started from)
  const runs = new Map(all.map((r) => [`${r.run.commit}|${r.run.dirty}|${r.run.cpu}`, r.run]));
  const lines: string[] = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (`npm run bench -- <name>` runs one: ' + all.map((r) => `\`${r.name}\``).join(', ') + ').',
    'Each figure is a ratio or a count measured side by side in one run on the local stack (emulators on 127.0.0.1),',
    'so a noisy machine does not change the verdict; absolute times are beside them. Benchmarks are never part of `npm test`.',
    '',
  ];
  if (runs.size === 1) {
    const first = all[0]?.run ?? latest;
    lines.push(`- **Date:** ${first.date}`, `- **Commit:** ${commit(first)}`, `- **Machine:** ${machine(first)}`, '');
  } else {
    lines.push('Sections were measured on more than one commit (a benchmark was re-run, or the repository changed during the run); each section names its own.', '');
    for (const r of runs.values()) lines.push(`- commit ${commit(r)} — ${machine(r)}`);
    lines.push('');
  }
  lines.push('## Summary', '', '| benchmark | figure | value | target | met | absolute |', '|---|---|---|---|---|---|');
  for (const r of all) {
    if (r.failed) lines.push(`| ${r.title} | — | did not finish | | ✗ | |`);
    for (const f of r.section.figures) {
      const met = f.met === undefined ? '—' : f.met ? '✓' : '✗';
      lines.push(`| ${r.title} | ${f.figure} | **${f.value}** | ${f.target} | ${met} | ${f.absolute ?? ''} |`);
    }
  }
  const findings = all.flatMap((r) => r.section.findings.map((f) => `- **${r.title}:** ${f}`));
  lines.push('', '## Findings', '', ...(findings.length ? findings : ['- Every target is met.']), '');
  for (const r of all) {
    lines.push(`## ${r.title} (\`${r.name}\`)`, '');
    lines.push(`_Started ${r.run.date}${runs.size > 1 ? `, commit ${commit(r.run)}` : ''}; took ${r.seconds.toFixed(0)} s._`, '');
    if (r.section.details) lines.push(r.section.details, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
