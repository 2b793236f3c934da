import { HttpResponse, http } from 'msw';
import { isDomainTaken } from '../db/queries';
import { partnerRoute } from '../lib/route';

export const domainHandlers = [
  // Partner Center: is a `<prefix>.onmicrosoft.com` domain taken? 200 when it is, 404 when it is free.
  http.head(
    '*/v1/domains/:domain',
    partnerRoute(
      ({ params }) => new HttpResponse(null, { status: isDomainTaken(params.domain ?? '') ? 200 : 404 }),
    ),
  ),
];
