import { agreementHandlers } from './agreements';
import { authHandlers } from './auth';
import { billingHandlers } from './billing';
import { invitationHandlers } from './invitations';
import { partnerCenterHandlers } from './partner-center';
import { partnerHandlers } from './partners';
import { simulatorHandlers } from './simulator';

/** The one handler list, spread by the browser worker, the Vitest server and (later) the HTTP server. */
export const handlers = [
  ...authHandlers,
  ...agreementHandlers,
  ...invitationHandlers,
  ...partnerHandlers,
  ...partnerCenterHandlers,
  ...billingHandlers,
  ...simulatorHandlers,
];
