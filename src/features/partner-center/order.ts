import { runAction, refused, type ActionResult } from '../../api/action-result';
import { createOrder } from '../../api/partner-center';
import type { Order } from '../../api/types';
import { fieldErrors, type FieldErrors, type FieldValues } from '../../domain/field-errors';
import { orderSchema } from '../../domain/validation';

const parseOrderForm = (form: FieldValues) =>
  orderSchema.safeParse({
    lineItems: [{ lineItemNumber: 0, offerId: form.offerId ?? '', quantity: Number(form.quantity) }],
  });

/** New order's fields (one offer, a quantity) by the rules its submit applies: Review checks them first. */
export function checkOrderForm(form: FieldValues): FieldErrors {
  const parsed = parseOrderForm(form);
  return parsed.success ? {} : fieldErrors(parsed.error.issues);
}

/** New order's Place order (the reviewed offer and quantity), checked again and placed. */
export async function orderFromForm(
  customerId: string,
  form: FieldValues,
): Promise<ActionResult<{ order: Order }>> {
  const parsed = parseOrderForm(form);
  if (!parsed.success) return refused(fieldErrors(parsed.error.issues));
  return runAction(async () => ({ order: await createOrder(customerId, parsed.data.lineItems) }));
}
