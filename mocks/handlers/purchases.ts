import { HttpResponse, http } from 'msw';
import type { Purchase } from '../../src/api/types';
import { AGREEMENT_ROLES, canPurchase } from '../../src/domain/roles';
import { purchaseSchema } from '../../src/domain/validation';
import { findPartner, isMcaConfirmed, purchasesOf } from '../db/queries';
import { PRODUCTS } from '../db/reference-data';
import type { PurchaseRow } from '../db/schema';
import { recordPurchase } from '../db/writes';
import { problems } from '../lib/errors';
import { collection, readBody, route } from '../lib/route';

function purchaseView(row: PurchaseRow): Purchase {
  const product = PRODUCTS.find((p) => p.id === row.productId);
  const partner = row.partnerId ? findPartner(row.partnerId) : undefined;
  return {
    id: row.id,
    productId: row.productId,
    productName: product?.name ?? row.productId,
    kind: row.kind,
    quantity: row.quantity,
    purchasedAt: row.purchasedAt,
    partner: partner ? { id: partner.id, name: partner.name } : null,
  };
}

export const purchaseHandlers = [
  // The tenant's purchases, from Purchase services and from its partners' orders.
  http.get(
    '*/api/purchases',
    route(({ session: { tenant } }) => collection(purchasesOf(tenant.id).map(purchaseView))),
  ),

  // Buying needs a confirmed MCA: Partner Center refuses such orders with 403 and code 13605.
  http.post(
    '*/api/purchases',
    route(async ({ request, session: { user, tenant } }) => {
      const input = await readBody(request, purchaseSchema);
      if (!canPurchase(user.roles)) throw problems.insufficientRole(AGREEMENT_ROLES);
      const product = PRODUCTS.find((p) => p.id === input.productId);
      if (!product) throw problems.notFound(`Product '${input.productId}'`);
      if (!isMcaConfirmed(tenant.id)) throw problems.mcaNotConfirmed();
      return HttpResponse.json(purchaseView(recordPurchase(tenant.id, product, input.quantity)), {
        status: 201,
      });
    }),
  ),
];
