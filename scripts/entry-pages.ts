import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

// Partner Center hands out links to /AdminPortal/Home and /Adminportal/Home. A static host has no SPA
// fallback, so the build writes the app's index.html at those paths too; the app then reads the link's
// query and hash and moves to the in-app route. Asset URLs are absolute (base), so the copies work as is.
export const ENTRY_PAGE_DIRS = ['AdminPortal/Home', 'Adminportal/Home', 'adminportal/home'];

export function adminPortalEntryPages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'admin-portal-entry-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
      for (const dir of ENTRY_PAGE_DIRS) {
        await mkdir(path.join(outDir, dir), { recursive: true });
        await writeFile(path.join(outDir, dir, 'index.html'), html);
      }
    },
  };
}
