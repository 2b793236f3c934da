import { http } from 'msw';
import { AGREEMENT_ROLES, canAcceptAgreement } from '../../src/domain/roles';
import { acceptAgreementSchema } from '../../src/domain/validation';
import {
  agreementRecord,
  blockFor,
  isMcaAcceptedDirectly,
  isMcaConfirmed,
  mcaAgreements,
  partnersToContact,
} from '../db/queries';
import type { CustomerAgreementStatus } from '../../src/api/agreements';
import { MCA_TEMPLATE_ID } from '../db/reference-data';
import { recordDirectAcceptance } from '../db/writes';
import { problems } from '../lib/errors';
import { readBody, route } from '../lib/route';

// Simulator: the signed-in customer's MCA, as the Accept agreement page shows it, and direct acceptance.

export const agreementHandlers = [
  http.get(
    '*/api/agreement',
    route(({ session: { tenant } }): CustomerAgreementStatus => {
      const block = blockFor(tenant);
      return {
        templateId: MCA_TEMPLATE_ID,
        mcaConfirmed: isMcaConfirmed(tenant.id),
        acceptedDirectly: isMcaAcceptedDirectly(tenant.id),
        block,
        partnersToContact: partnersToContact(tenant, block),
        agreements: mcaAgreements(tenant.id).map(agreementRecord),
      };
    }),
  ),

  http.post(
    '*/api/agreement/accept',
    route(async ({ request, session: { user, tenant } }) => {
      const input = await readBody(request, acceptAgreementSchema);
      if (!canAcceptAgreement(user.roles)) throw problems.insufficientRole(AGREEMENT_ROLES);
      if (input.templateId !== MCA_TEMPLATE_ID)
        throw problems.notFound(`Agreement template '${input.templateId}'`);
      if (isMcaAcceptedDirectly(tenant.id))
        throw problems.alreadyAccepted('The Microsoft Customer Agreement');
      const block = blockFor(tenant);
      if (block !== 'none') throw problems.partnerAttestationRequired(block);
      return agreementRecord(recordDirectAcceptance(tenant.id, user));
    }),
  ),
];
