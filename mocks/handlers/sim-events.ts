import { http } from 'msw';
import { webhookEventsNewestFirst } from '../../src/domain/webhook-events';
import { eventsSince } from '../db/events';
import { problems } from '../lib/errors';
import { collection, publicRoute } from '../lib/route';

// The Partner Center webhook events the simulated world has raised (src/domain/webhook-events.ts works them
// out from the domain events): what a partner's registered URL would have received, newest first.

export const simEventsHandlers = [
  http.get(
    '*/api/sim/events',
    publicRoute(({ url }) => {
      const since = url.searchParams.get('since');
      if (since !== null && !/^\d{1,15}$/.test(since)) {
        throw problems.invalidInput('since must be the seq of an event (a whole number).');
      }
      return collection(webhookEventsNewestFirst(eventsSince(since === null ? 0 : Number(since))));
    }),
  ),
];
