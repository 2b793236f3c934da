import { runAction, refused, type ActionResult } from '../../api/action-result';
import { createOrder } from '../../api/partner-center';
import type { Order } from '../../api/types';
import { fieldErrors } from '../../domain/field-errors';
import { orderSchema } from '../../domain/validation';

/** New order's form (one offer, a quantity), checked and placed. */
export async function orderFromForm(
  customerId: string,
  form: Record<string, string | undefined>,
): Promise<ActionResult<{ order: Order }>> {
  const parsed = orderSchema.safeParse({
    lineItems: [{ lineItemNumber: 0, offerId: form.offerId ?? '', quantity: Number(form.quantity) }],
  });
  if (!parsed.success) return refused(fieldErrors(parsed.error.issues));
  return runAction(async () => ({ order: await createOrder(customerId, parsed.data.lineItems) }));
}
