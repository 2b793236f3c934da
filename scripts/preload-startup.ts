import type { Plugin } from 'vite';

// Step 2 of the startup path (src/app/bootstrap.tsx). The bootstrap imports MSW's client (and, on a Partner
// Center link, that sign-in page) dynamically, so that the first page does not wait for them; without help
// the browser learns of them only once the entry has run. This adds <link rel="modulepreload"> for them
// (and their static imports) to index.html, so that they download with the entry.
const BOOTSTRAP = '/src/app/bootstrap.tsx';

export function preloadStartupChunks(): Plugin {
  let base = '/';
  let startImports: string[] = [];
  return {
    name: 'preload-startup-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    buildEnd() {
      const bootstrap = [...this.getModuleIds()].find((id) => id.endsWith(BOOTSTRAP));
      if (!bootstrap) this.error(`preload-startup-chunks: no ${BOOTSTRAP} in the build`);
      // The Partner Center sign-in is fetched only when it is the page being opened (the bootstrap does).
      startImports = (this.getModuleInfo(bootstrap)?.dynamicallyImportedIds ?? []).filter(
        (id) => !id.includes('partner-center'),
      );
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        const entry = context.chunk;
        if (!bundle || !entry) return [];
        // A chunk and its static imports, added to `into`.
        const collect = (fileName: string, into: Set<string>) => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== 'chunk' || into.has(fileName)) return;
          into.add(fileName);
          chunk.imports.forEach((next) => collect(next, into));
        };
        const files = new Set<string>();
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.moduleIds.some((id) => startImports.includes(id))) {
            collect(chunk.fileName, files);
          }
        }
        // The entry and its static imports are in index.html already.
        const present = new Set<string>();
        collect(entry.fileName, present);
        return [...files]
          .filter((fileName) => !present.has(fileName))
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
