// A CPU profile of this process while `work` runs (node:inspector), summarised as self time by package or source folder.
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

function bucket(node: ProfileNode): string {
  const url = node.callFrame.url;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const own = /\/(shared|functions|local|infra)\/([^/]+)/.exec(url);
  if (own) return `${own[1]}/${own[2]}`;
  if (url.startsWith('node:')) return 'node core (http, streams, events…)';
  return node.callFrame.functionName ? `(${node.callFrame.functionName.replace(/[()]/g, '')})` : '(native)';
}

/** Runs `work` under the profiler; returns its result and the top buckets as [name, share of samples]. */
export async function profileWhile<T>(work: () => Promise<T>, top = 10): Promise<{ result: T; shares: Array<[string, number]> }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    const result = await work();
    const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const totals = new Map<string, number>();
    let all = 0;
    profile.samples.forEach((id, i) => {
      const dt = profile.timeDeltas[i] ?? 0;
      all += dt;
      const name = bucket(byId.get(id)!);
      totals.set(name, (totals.get(name) ?? 0) + dt);
    });
    // node core buckets by url are merged above; keep the rest by name
    const shares = [...totals].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, v / all] as [string, number]);
    return { result, shares };
  } finally {
    session.disconnect();
  }
}
