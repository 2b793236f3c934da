import { runAction, type ActionResult } from '../../api/action-result';
import { inviteToAcceptMca } from '../../api/partner-center';
import type { McaInvitation } from '../../api/types';

/**
 * Account info's Invite / Send again: the customer will be asked to accept the MCA in the admin center. The
 * simulator records the date, so that Customers shows the customer as invited and waiting.
 */
export const inviteFromForm = (customerId: string): Promise<ActionResult<{ invitation: McaInvitation }>> =>
  runAction(async () => ({ invitation: await inviteToAcceptMca(customerId) }));
