import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run bench` builds this floor page next to the app (dist-floor/) and serves it on port 4174.
const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  publicDir: `${here}../../public`,
  plugins: [react()],
  build: { outDir: `${here}../../dist-floor`, emptyOutDir: true, manifest: true },
  preview: { host: '127.0.0.1', port: 4174, strictPort: true },
});
