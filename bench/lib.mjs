// Shared by the benchmark (bench/run.mjs) and the size check (bench/size.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The gzip size of a built file, in bytes (level 9, as a static host would serve it). */
export function gzipBytes(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

export const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

export function readManifest(dist) {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
}

/** The JS files a set of manifest entries load, following static imports (what the browser must fetch). */
export function staticClosure(manifest, keys) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return [...files].filter((file) => file.endsWith('.js'));
}

/**
 * What a first visit to the sign-in page downloads: the scripts index.html names (the entry, the startup
 * chunk with the app and the sign-in page, and MSW's client, preloaded) with their static imports. The mock
 * backend proper and the schemas load later, when the page first calls the API or sends the form.
 */
export function firstVisitFiles(manifest, dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const named = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
  ].map((match) => match[1].split('/assets/')[1]);
  const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  return staticClosure(
    manifest,
    named.map((file) => keyOf.get(`assets/${file}`) ?? ''),
  );
}

export function sumGzip(dist, files) {
  return files.reduce((sum, file) => sum + gzipBytes(join(dist, file)), 0);
}

/** Each lazy route module's own chunk (what visiting it adds), by source path. */
export function routeChunks(manifest) {
  return Object.entries(manifest)
    .filter(([key]) => key.startsWith('src/app/routes/'))
    .map(([key, chunk]) => ({ route: key.replace('src/app/routes/', ''), file: chunk.file }))
    .sort((a, b) => a.route.localeCompare(b.route));
}
