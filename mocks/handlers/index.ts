import { agreementHandlers } from './agreement';
import { agreementTemplateHandlers } from './agreement-templates';
import { authHandlers } from './auth';
import { billingAccountHandlers } from './billing-accounts';
import { customerAgreementHandlers } from './customer-agreements';
import { customerRelationshipHandlers } from './customer-relationships';
import { customerHandlers } from './customers';
import { delegatedAdminRelationshipHandlers } from './delegated-admin-relationships';
import { domainHandlers } from './domains';
import { granularAdminRelationshipHandlers } from './granular-admin-relationships';
import { invitationHandlers } from './invitations';
import { mailboxHandlers } from './mailbox';
import { offerHandlers } from './offers';
import { orderHandlers } from './orders';
import { partnerAuthHandlers } from './partner-auth';
import { partnerHandlers } from './partners';
import { productHandlers } from './products';
import { purchaseHandlers } from './purchases';
import { relationshipRequestHandlers } from './relationship-requests';
import { simEventsHandlers } from './sim-events';
import { simulatorHandlers } from './simulator';
import { trainingHandlers } from './training';

/**
 * The one handler list, one entry per resource, spread by the browser worker, the Vitest server and the
 * HTTP server of `npm run api` (mocks/server).
 */
export const handlers = [
  // Customer side (admin center).
  ...authHandlers,
  ...agreementHandlers,
  ...invitationHandlers,
  ...partnerHandlers,
  ...granularAdminRelationshipHandlers,
  ...billingAccountHandlers,
  ...productHandlers,
  ...purchaseHandlers,
  // Partner Center. Relationship requests come before customers: MSW tries handlers in order, and
  // `/v1/customers/relationshiprequests` would otherwise match `/v1/customers/:customerId`.
  ...partnerAuthHandlers,
  ...relationshipRequestHandlers,
  ...customerHandlers,
  ...domainHandlers,
  ...customerAgreementHandlers,
  ...customerRelationshipHandlers,
  ...agreementTemplateHandlers,
  ...offerHandlers,
  ...orderHandlers,
  // Microsoft Graph (GDAP, the partner's side).
  ...delegatedAdminRelationshipHandlers,
  // The simulator's own controls.
  ...simulatorHandlers,
  ...simEventsHandlers,
  ...mailboxHandlers,
  ...trainingHandlers,
];
