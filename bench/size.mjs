// `npm run size`: checks the built app (dist/) against bench/budget.json. Sizes are deterministic, so CI
// checks them; times are only measured by `npm run bench`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstVisitFiles, gzipBytes, kb, readManifest, routeChunks, sumGzip } from './lib.mjs';

const dist = 'dist';
const budget = JSON.parse(readFileSync('bench/budget.json', 'utf8'));
const manifest = readManifest(dist);
const failures = [];

const firstVisit = kb(sumGzip(dist, firstVisitFiles(manifest, dist)));
console.log(`first visit to sign-in: ${firstVisit} KB gzip (budget ${budget.firstVisitKB} KB)`);
if (firstVisit > budget.firstVisitKB)
  failures.push(`first visit ${firstVisit} KB > ${budget.firstVisitKB} KB`);

for (const { route, file } of routeChunks(manifest)) {
  const size = kb(gzipBytes(join(dist, file)));
  const limit = budget.routeKB[route] ?? budget.defaultRouteKB;
  console.log(`  ${route.padEnd(40)} ${String(size).padStart(6)} KB (budget ${limit} KB)`);
  if (size > limit) failures.push(`${route} ${size} KB > ${limit} KB`);
}

if (failures.length) {
  console.error(`Over budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('size: within budget');
