// The static site: plain TypeScript modules and CSS, built by Vite into site/dist.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { PAGE_ROUTES } from './src/routes';

/**
 * Preloads Sarabun's regular weight (Thai and Latin), the text of every first screen, and the Thai
 * semibold of the headings: they download beside the script instead of after it, so the first
 * paint usually has them and nothing reflows (Thai has no metric-matched fallback; a first page
 * painted before its semibold arrived shifted by a heading line when it did).
 */
function preloadRegularFont(): Plugin {
  return {
    name: 'preload-regular-font',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const fonts = Object.keys(ctx.bundle ?? {}).filter((f) => /sarabun-(thai-(400|600)|latin-400)-normal-[\w-]+\.woff2$/.test(f));
        return fonts.map((f) => ({ tag: 'link', attrs: { rel: 'preload', href: `/${f}`, as: 'font', type: 'font/woff2', crossorigin: '', ...(f.includes('-600-') ? { fetchpriority: 'low' } : {}) }, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * Preloads the first page's code: a small script, `async` in index.html's head, reads the hash
 * and adds a `modulepreload` for the page's module and the chunks it imports (the map comes from
 * the build), so they download beside the entry script instead of after it has run (html → entry
 * → page → its imports was three round trips before the first page's heading). Chunks the entry
 * preloads itself are left out. A file, not inline: the CSP allows scripts from 'self' only.
 */
function preloadFirstPage(): Plugin {
  let file: { name: string; source: string } | undefined;
  return {
    name: 'preload-first-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle ?? {};
        const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry);
        const known = new Set([entry?.fileName, ...(entry?.imports ?? [])]);
        const filesOf = (chunk: Rollup.OutputChunk, out = new Set<string>()): Set<string> => {
          if (known.has(chunk.fileName) || out.has(chunk.fileName)) return out;
          out.add(chunk.fileName);
          for (const f of chunk.imports) if (bundle[f]?.type === 'chunk') filesOf(bundle[f] as Rollup.OutputChunk, out);
          return out;
        };
        const table = PAGE_ROUTES.map(([name, paths]) => {
          const chunk = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(`/src/pages/${name}.ts`));
          if (!chunk) throw new Error(`preload-first-page: no chunk for pages/${name}.ts`);
          return `[[${paths.map(String).join(',')}],${JSON.stringify([...filesOf(chunk)])}]`;
        });
        // the path as routes.ts's routePath reads it; a path no entry names preloads nothing
        const source = `(()=>{const p=(location.hash.replace(/^#/,'').split('?')[0]||'/').replace(/(.)\\/+$/,'$1')||'/',s=new Set;for(const[r,f]of[${table.join(',')}])if(r.some(x=>x.test(p)))for(const x of f)s.add(x);for(const x of s){const l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href='/'+x;document.head.append(l)}})();\n`;
        file = { name: `assets/first-page-${createHash('sha256').update(source).digest('base64url').slice(0, 8)}.js`, source };
        // before the entry script, so the preload scanner asks for it first
        return html.replace('<script type="module"', `<script async src="/${file.name}"></script>\n    <script type="module"`);
      },
    },
    writeBundle(options) {
      if (file) writeFileSync(path.join(options.dir!, file.name), file.source);
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [preloadFirstPage(), preloadRegularFont()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022' },
});
