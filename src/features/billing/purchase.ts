import { invalidInput, runAction, type ActionResult } from '../../api/action-result';
import { createPurchase } from '../../api/billing';
import { fieldErrors } from '../../domain/field-errors';
import { purchaseSchema } from '../../domain/validation';

export type PurchaseResult = ActionResult<
  { bought: { productId: string; productName: string; quantity: number } },
  /** The product whose form was sent: its card shows the failure. */
  { productId: string }
>;

/** The purchase review's Buy form (the product, a quantity), checked again and bought. */
export async function purchaseFromForm(form: Record<string, string | undefined>): Promise<PurchaseResult> {
  const productId = form.productId ?? '';
  const parsed = purchaseSchema.safeParse({ productId, quantity: Number(form.quantity) });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error.issues);
    return {
      ok: false,
      productId,
      fieldErrors: errors,
      error: invalidInput(Object.values(errors).join(' ')),
    };
  }
  const result = await runAction(async () => {
    const purchase = await createPurchase(parsed.data.productId, parsed.data.quantity);
    return {
      bought: {
        productId: purchase.productId,
        productName: purchase.productName,
        quantity: purchase.quantity,
      },
    };
  });
  return result.ok ? result : { ...result, productId };
}
