// Every function validates with zod/mini: no bundle carries classic zod, whose methods keep ~90 KB
// of zod in a bundle against ~30 KB (docs/decisions.md, "zod in handlers"). The handlers are
// bundled as the function construct bundles them (infra/constructs/bundling.ts), in one esbuild
// run that writes nothing.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_ALIASES, BUNDLE_BANNER, BUNDLE_TARGET } from '../../infra/constructs/bundling';

const ROOT = path.resolve(import.meta.dirname, '../..');
const handlers = readdirSync(path.join(ROOT, 'functions'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => path.posix.join('functions', file.split(path.sep).join('/')));
// classic zod (the package root re-exports it), its message locales, and zod 3
const CLASSIC_ZOD = /node_modules\/zod\/(index\.js|v4\/index\.js|v4\/classic\/|v4\/locales\/|locales\/|v3\/)/;

describe('the function bundles', () => {
  it('hold zod/mini and no classic zod', async () => {
    const { metafile } = await build({
      absWorkingDir: ROOT,
      entryPoints: handlers,
      outdir: 'cdk.out/bundle-check',
      write: false,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: BUNDLE_TARGET,
      minify: true,
      mainFields: ['module', 'main'],
      banner: { js: BUNDLE_BANNER },
      alias: BUNDLE_ALIASES,
      metafile: true,
      logLevel: 'silent',
    });
    const bundles = Object.values(metafile.outputs).filter((output) => output.entryPoint);
    expect(bundles).toHaveLength(handlers.length);
    const classic = bundles.flatMap((b) => Object.keys(b.inputs).filter((input) => CLASSIC_ZOD.test(input)).map((input) => `${b.entryPoint} ← ${input}`));
    expect(classic).toEqual([]);
    // the public tracking page's handler validates its path through zod/mini (so the inputs looked at are zod's)
    const track = bundles.find((b) => b.entryPoint === 'functions/complaints/track.ts');
    expect(Object.keys(track?.inputs ?? {}).some((input) => input.includes('node_modules/zod/v4/mini/'))).toBe(true);
  });
});
