// The static site: plain TypeScript modules and CSS, built by Vite into site/dist.
import { defineConfig, type Plugin } from 'vite';

/**
 * Preloads Sarabun's regular weight (Thai and Latin), the text of every first screen: it downloads
 * beside the script instead of after it, so the first paint usually has it and nothing reflows.
 */
function preloadRegularFont(): Plugin {
  return {
    name: 'preload-regular-font',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const fonts = Object.keys(ctx.bundle ?? {}).filter((f) => /sarabun-(thai|latin)-400-normal-[\w-]+\.woff2$/.test(f));
        return fonts.map((f) => ({ tag: 'link', attrs: { rel: 'preload', href: `/${f}`, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head' as const }));
      },
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [preloadRegularFont()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022' },
});
