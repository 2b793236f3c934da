import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import {
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import {
  getDelegatedAdminAccessAssignments,
  getDelegatedAdminRelationship,
  getDelegatedAdminRelationshipRequests,
} from '../../../api/graph';
import { getCustomer, getPartnerMe } from '../../../api/partner-center';
import { DetailsList } from '../../../components/details-list';
import { PageHeader } from '../../../components/page-header';
import { SingleSubmitForm } from '../../../components/single-submit-form';
import { adminPortalLink } from '../../../domain/admin-links';
import { REQUEST_LAPSE_DAYS, addDays, canManageGdap, isInForce } from '../../../domain/gdap';
import { paths } from '../../../domain/paths';
import {
  roleNames,
  useAgentRoleName,
  useDurationText,
} from '../../../features/partner-center/admin-relationships';
import {
  AccessAssignmentsTable,
  AssignedNotice,
  AssignmentForm,
  assignFromForm,
  assignmentValues,
  useGroupName,
} from '../../../features/partner-center/gdap-access-assignments';
import { GdapApprovalLink } from '../../../features/partner-center/gdap-approval-link';
import { sendGdapForApproval } from '../../../features/partner-center/gdap-request';
import { GdapTerminate, terminateGdap } from '../../../features/partner-center/gdap-terminate';
import { useTranslation } from '../../../i18n/i18n';
import { useFormat } from '../../../i18n/use-format';
import { withPartnerSession } from '../../session';
import { usePartnerShellData } from '../../use-shell-data';

// Customers › a customer › an admin relationship (GDAP): its details, then what its status allows: send it
// for approval, the approval link and email, terminate, and the security groups that hold its roles.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const customerId = params.customerId ?? '';
  const relationshipId = params.relationshipId ?? '';
  return withPartnerSession(request, async () => {
    const [customer, relationship, requests, assignments] = await Promise.all([
      getCustomer(customerId, request.signal),
      getDelegatedAdminRelationship(relationshipId, request.signal),
      getDelegatedAdminRelationshipRequests(relationshipId, request.signal),
      getDelegatedAdminAccessAssignments(relationshipId, request.signal),
    ]);
    // A relationship is shown under its own customer.
    if (relationship.customer.tenantId !== customer.id) {
      throw redirect(
        paths.partnerCenter.adminRelationship.href(relationship.customer.tenantId, relationship.id),
      );
    }
    // When it was sent: its lockForApproval request, or (a relationship seeded without its requests) its
    // last change, since a relationship waiting for approval cannot be changed.
    const sent =
      requests.value.find((r) => r.action === 'lockForApproval')?.createdDateTime ??
      (relationship.status === 'approvalPending' ? relationship.lastModifiedDateTime : null);
    const lapsesAt = sent ? addDays(sent, REQUEST_LAPSE_DAYS) : null;
    return { customer, relationship, lapsesAt, assignments: assignments.value };
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const relationshipId = params.relationshipId ?? '';
  const form = await request.formData();
  const intent = form.get('intent');
  return withPartnerSession(request, async () => {
    if (intent === 'send') return { intent: 'send' as const, ...(await sendGdapForApproval(relationshipId)) };
    if (intent === 'terminate')
      return { intent: 'terminate' as const, ...(await terminateGdap(relationshipId)) };
    const [relationship, me] = await Promise.all([
      getDelegatedAdminRelationship(relationshipId, request.signal),
      getPartnerMe(request.signal),
    ]);
    return {
      intent: 'assign' as const,
      ...(await assignFromForm(relationship, me.partner.id, assignmentValues(form))),
    };
  });
}

export function Component() {
  const { t } = useTranslation();
  const format = useFormat();
  const { customer, relationship, lapsesAt, assignments } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { me } = usePartnerShellData();
  const durationText = useDurationText();
  const roleName = useAgentRoleName();
  const groupName = useGroupName(me.partner.id);
  const customerName = customer.companyProfile.companyName;
  const submitting = navigation.state === 'submitting';
  const mayManage = canManageGdap(me.agent.roles);
  const { status } = relationship;
  const failedAction = result && !result.ok && result.error ? result.error : undefined;
  const assign = result?.intent === 'assign' ? result : undefined;

  return (
    <>
      <PageHeader
        title={relationship.displayName}
        description={t('pc.gdap.detail.description', { customer: customerName })}
        back={{
          to: paths.partnerCenter.customer.href(customer.id),
          label: t('pc.gdap.detail.back', { customer: customerName }),
        }}
      />
      {mayManage ? null : (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('pc.gdap.adminAgentOnly', { role: roleName(me.agent.roles) })}
        </Alert>
      )}
      {result?.intent === 'terminate' && result.ok ? (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {t('pc.gdap.detail.terminated')}
        </Alert>
      ) : null}
      {failedAction && result?.intent !== 'assign' ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {failedAction.description}
        </Alert>
      ) : null}
      <Paper sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
        <DetailsList
          rows={[
            [t('pc.gdap.name'), relationship.displayName],
            [t('pc.gdap.status'), t(`gdapStatus.${status}`)],
            [t('pc.gdap.roles'), roleNames(t, relationship.accessDetails).join(', ')],
            [t('pc.gdap.duration'), durationText(relationship.duration)],
            [
              t('pc.gdap.autoExtend'),
              relationship.autoExtendDuration === 'P180D'
                ? t('pc.gdap.autoExtendOn')
                : t('pc.gdap.autoExtendOff'),
            ],
            [t('pc.gdap.createdOn'), format.date(relationship.createdDateTime)],
            [
              t('pc.gdap.approvedOn'),
              relationship.activatedDateTime ? format.date(relationship.activatedDateTime) : '—',
            ],
            [
              t('pc.gdap.endDate'),
              relationship.endDateTime ? format.date(relationship.endDateTime) : t('pc.gdap.notStarted'),
            ],
          ]}
        />
        {status === 'created' ? (
          <Alert severity="warning">
            <AlertTitle>{t('pc.gdap.detail.notSentTitle')}</AlertTitle>
            <Box sx={{ mb: mayManage ? 1 : 0 }}>
              {t('pc.gdap.detail.notSent', { customer: customerName })}
            </Box>
            {mayManage ? (
              <SingleSubmitForm method="post">
                <input type="hidden" name="intent" value="send" />
                <Button type="submit" variant="contained" disabled={submitting}>
                  {t('pc.gdap.detail.send')}
                </Button>
              </SingleSubmitForm>
            ) : null}
          </Alert>
        ) : null}
        {status === 'approvalPending' ? (
          <GdapApprovalLink
            relationship={relationship}
            link={adminPortalLink(
              paths.gdapApproval.href(relationship.id),
              window.location.origin,
              import.meta.env.BASE_URL,
            )}
            lapsesAt={lapsesAt}
            customerName={customerName}
            partnerName={me.partner.name}
            agentName={me.agent.displayName}
          />
        ) : null}
        {status === 'expired' && !relationship.activatedDateTime ? (
          <Alert severity="info">{t('pc.gdap.detail.lapsed')}</Alert>
        ) : status === 'expired' || status === 'terminated' ? (
          <Alert severity="info">{t('pc.gdap.detail.ended')}</Alert>
        ) : null}
        {isInForce(status) && mayManage ? (
          <GdapTerminate partnerName={me.partner.name} customerName={customerName} submitting={submitting} />
        ) : null}
      </Paper>
      <Paper component="section" aria-labelledby="gdap-groups-title" sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
        <Typography variant="h2" component="h2" id="gdap-groups-title" sx={{ mb: 1 }}>
          {t('pc.gdap.detail.assignmentsTitle')}
        </Typography>
        <Typography sx={{ mb: 2 }}>
          {isInForce(status) || assignments.length > 0
            ? t('pc.gdap.detail.assignmentsIntro', { customer: customerName })
            : t('pc.gdap.detail.assignmentsUnavailable', { customer: customerName })}
        </Typography>
        {assign?.ok ? (
          <AssignedNotice groupName={groupName(assign.assignment.accessContainer.accessContainerId)} />
        ) : null}
        {isInForce(status) || assignments.length > 0 ? (
          <AccessAssignmentsTable assignments={assignments} partnerId={me.partner.id} />
        ) : null}
        {isInForce(status) && mayManage ? (
          <AssignmentForm
            // After an assignment, the form starts again with the groups still free.
            key={assignments.length}
            relationship={relationship}
            assignments={assignments}
            partnerId={me.partner.id}
            submitting={submitting}
            failure={assign && !assign.ok ? assign : undefined}
          />
        ) : null}
      </Paper>
    </>
  );
}
