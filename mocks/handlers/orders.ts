import { HttpResponse, http } from 'msw';
import type { Order } from '../../src/api/types';
import { canPlaceOrders } from '../../src/domain/partner-center';
import { orderSchema } from '../../src/domain/validation';
import { findPartner, isMcaConfirmed } from '../db/queries';
import { PRODUCTS } from '../db/reference-data';
import { recordOrder } from '../db/writes';
import { problems } from '../lib/errors';
import { partnerRoute, readBody } from '../lib/route';
import { customerOf, requireAgentRole, requireReseller } from './partner-checks';

export const orderHandlers = [
  // Partner Center: place an order. Refused with 13605 until the customer's MCA acceptance is confirmed.
  http.post(
    '*/v1/customers/:customerId/orders',
    partnerRoute(async ({ params, request, session }) => {
      const tenant = customerOf(session, params.customerId);
      requireAgentRole(session);
      if (!canPlaceOrders(session.partner.kind)) {
        const provider = session.partner.providerId ? findPartner(session.partner.providerId) : undefined;
        throw problems.indirectResellerCannotOrder(session.partner.name, provider?.name ?? null);
      }
      requireReseller(session, tenant, 'order');
      const input = await readBody(request, orderSchema);
      const lines = input.lineItems.map((line) => {
        const product = PRODUCTS.find((p) => p.id === line.offerId);
        if (!product) throw problems.offerNotFound(line.offerId);
        return { offerId: product.id, kind: product.kind, quantity: line.quantity };
      });
      if (!isMcaConfirmed(tenant.id)) throw problems.mcaNotConfirmed();
      const { orderId, creationDate } = recordOrder(tenant.id, session.partner.id, lines);
      const order: Order = {
        id: orderId,
        referenceCustomerId: tenant.id,
        billingCycle: input.billingCycle ?? 'monthly',
        lineItems: input.lineItems,
        creationDate,
        status: 'completed',
        attributes: { objectType: 'Order' },
      };
      return HttpResponse.json(order, { status: 201 });
    }),
  ),
];
