import { fileURLToPath } from 'node:url';
import type { Rollup } from 'vite';

// Step 2 of the startup path (src/app/bootstrap.tsx). What the first visit runs before the sign-in form
// shows (the entry, the bootstrap and the app it imports, the sign-in page, and everything they import
// statically) goes into one chunk: one download and one evaluation instead of a dozen small ones, each a
// round trip and a task. Every other page stays in its own lazy chunk, and MSW's client in its own (it
// loads while the form shows).
const ROOTS = ['src/main.tsx', 'src/app/bootstrap.tsx', 'src/app/routes/sign-in.tsx'].map((path) =>
  fileURLToPath(new URL(`../${path}`, import.meta.url)),
);

export function startupChunk(): Rollup.ManualChunksOption {
  let startup: Set<string> | null = null;
  return (id, { getModuleInfo }) => {
    if (!startup) {
      const seen = new Set<string>();
      const visit = (moduleId: string) => {
        if (seen.has(moduleId)) return;
        seen.add(moduleId);
        getModuleInfo(moduleId)?.importedIds.forEach(visit);
      };
      ROOTS.forEach(visit);
      startup = seen;
    }
    return startup.has(id) ? 'startup' : undefined;
  };
}
