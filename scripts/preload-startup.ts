import type { Plugin } from 'vite';

// main.tsx imports the app, MSW's client and the sign-in route dynamically, so that they download in
// parallel; without help the browser learns of them only once the entry has run. This adds
// <link rel="modulepreload"> for them (and their static imports) to index.html, so that they start with it.
export function preloadStartupChunks(): Plugin {
  let base = '/';
  return {
    name: 'preload-startup-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        const entry = context.chunk;
        if (!bundle || !entry) return [];
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== 'chunk' || files.has(fileName)) return;
          files.add(fileName);
          chunk.imports.forEach(visit);
        };
        for (const fileName of entry.dynamicImports) {
          const chunk = bundle[fileName];
          // The Partner Center sign-in is preloaded only when it is the page being opened (main.tsx).
          if (chunk?.type === 'chunk' && !chunk.facadeModuleId?.includes('partner-center')) visit(fileName);
        }
        files.delete(entry.fileName);
        for (const fileName of entry.imports) files.delete(fileName);
        return [...files].map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
