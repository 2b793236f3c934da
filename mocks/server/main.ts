import { parseArgs } from 'node:util';
import { parseFaults } from '../../src/domain/faults';
import { load } from '../db/db';
import { configureBackend } from '../lib/route';
import { findScenario, scenarios } from '../scenarios/catalog';
import { createApiServer } from './http';
import { createWebhookDispatcher, isWebhookUrl } from './webhooks';

// `npm run api`: the simulated Partner Center and admin-center API on loopback, data in memory.
//   npm run api -- --scenario partner-training --port 4010
// Environment: PORT, SCENARIO, NOW (a fixed clock, e.g. 2026-11-25T09:00:00Z), APP_URL (where the app runs,
// for the invitation links the API hands out), FAULTS (e.g. latency:2000,error:0.3), WEBHOOK_URL (where to POST
// the Partner Center webhook events each request raises).

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    scenario: { type: 'string' },
    now: { type: 'string' },
    'app-url': { type: 'string' },
    faults: { type: 'string' },
    'webhook-url': { type: 'string' },
  },
});

const port = Number(values.port ?? process.env.PORT ?? 4010);
const scenarioId = values.scenario ?? process.env.SCENARIO ?? 'partner-training';
const appUrl = values['app-url'] ?? process.env.APP_URL ?? 'http://127.0.0.1:5173/';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a number from 0 to 65535, not '${values.port ?? process.env.PORT}'.`);
  process.exit(2);
}
const webhookUrl = values['webhook-url'] ?? process.env.WEBHOOK_URL ?? '';
if (webhookUrl && !isWebhookUrl(webhookUrl)) {
  console.error(`WEBHOOK_URL must be an http or https URL, not '${webhookUrl}'.`);
  process.exit(2);
}
if (!findScenario(scenarioId)) {
  console.error(`Unknown scenario '${scenarioId}'. Choose one of: ${scenarios.map((s) => s.id).join(', ')}.`);
  process.exit(2);
}

const notices = load({ scenarioId, now: values.now ?? process.env.NOW ?? null });
if (notices.includes('invalidClock')) console.warn('NOW was not a date; the clock runs in real time.');
const faults = parseFaults(values.faults ?? process.env.FAULTS ?? '');
if (faults.invalid.length)
  console.warn(`Ignored faults that could not be read: ${faults.invalid.join(', ')}.`);
configureBackend({ appUrl, faults: faults.rules, invalidFaults: faults.invalid });

const server = createApiServer({ webhooks: webhookUrl ? createWebhookDispatcher(webhookUrl) : null });
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Simulated API on http://127.0.0.1:${actual} (scenario '${scenarioId}'). Ctrl+C stops it.`);
  if (webhookUrl) console.log(`Webhook events are posted to ${webhookUrl}.`);
});
