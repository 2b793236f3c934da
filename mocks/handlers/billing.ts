import { http } from 'msw';
import type { BillingAccount, Purchase } from '../../src/api/types';
import { AGREEMENT_ROLES, canPurchase } from '../../src/domain/roles';
import { purchaseSchema } from '../../src/domain/validation';
import { db, nextId, now } from '../db/db';
import { agreementRecord, findPartner, isMcaConfirmed, mcaAgreements } from '../db/queries';
import { PRODUCTS } from '../db/reference-data';
import type { PurchaseRow } from '../db/schema';
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

export const billingHandlers = [
  http.get(
    '*/api/billing-accounts',
    route(({ session: { tenant } }) => {
      const account: BillingAccount = {
        id: `${tenant.id}:mca`,
        name: tenant.displayName,
        type: 'MicrosoftCustomerAgreement',
        status: 'active',
        soldTo: { companyName: tenant.displayName, country: tenant.country },
        agreements: mcaAgreements(tenant.id)
          .map(agreementRecord)
          .sort((a, b) => b.dateAgreed.localeCompare(a.dateAgreed)),
      };
      return collection([account]);
    }),
  ),

  http.get(
    '*/api/products',
    route(() => collection([...PRODUCTS])),
  ),

  http.get(
    '*/api/purchases',
    route(({ session: { tenant } }) =>
      collection(
        db()
          .purchases.filter((row) => row.tenantId === tenant.id)
          .sort((a, b) => b.purchasedAt.localeCompare(a.purchasedAt))
          .map(purchaseView),
      ),
    ),
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
      const row: PurchaseRow = {
        id: nextId('purchase'),
        tenantId: tenant.id,
        productId: product.id,
        kind: product.kind,
        quantity: input.quantity,
        partnerId: null,
        purchasedAt: now().toISOString(),
      };
      db().purchases.push(row);
      return new Response(JSON.stringify(purchaseView(row)), {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  ),
];
