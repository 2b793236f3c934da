import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from '../../i18n/i18n';
import { SingleSubmitForm } from '../../components/single-submit-form';
import { Link as RouterLink } from 'react-router';
import type { Customer } from '../../api/types';
import { ApiErrorAlert, type ApiErrorLike } from '../../components/api-error-alert';
import { DetailsList } from '../../components/details-list';
import { ONMICROSOFT_SUFFIX } from '../../domain/partner-center';
import { paths } from '../../domain/paths';
import { useFormat } from '../../i18n/use-format';
import { EmailTemplate } from './email-template';
import type { NewCustomerDraft } from './new-customer-draft';
import { AddressText } from '../../components/address-text';
import { cityLine } from '../../domain/address';

const person = (c: { firstName: string; lastName: string; email: string; phoneNumber: string }) =>
  [`${c.firstName} ${c.lastName}`.trim(), c.email, c.phoneNumber].filter(Boolean).join(', ');

export interface NewCustomerReviewProps {
  draft: NewCustomerDraft;
  submitting: boolean;
  error?: ApiErrorLike;
  onBack: () => void;
  /** Posted with the draft: the form's today and the UI culture. */
  hidden: Record<string, string>;
}

/** New customer, second step: everything entered, then Submit (posts the draft to the route's action). */
export function NewCustomerReview({ draft, submitting, error, onBack, hidden }: NewCustomerReviewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const signer = draft.signerIsContact ? draft.contact : draft.signer;
  return (
    <Paper sx={{ p: 3 }}>
      <Typography variant="h2" component="h2" sx={{ mb: 2 }}>
        {t('pc.newCustomer.reviewTitle')}
      </Typography>
      {error ? <ApiErrorAlert error={error} /> : null}
      <DetailsList
        rows={[
          [t('pc.customers.companyName'), draft.companyName],
          [t('pc.customers.domain'), `${draft.domain.trim().toLowerCase()}${ONMICROSOFT_SUFFIX}`],
          [t('pc.customers.country'), format.country(draft.country)],
          [t('pc.account.address'), `${draft.addressLine1}, ${cityLine(draft)}`],
          [t('pc.account.primaryContact'), person(draft.contact)],
          [
            t('pc.newCustomer.agreementTitle'),
            draft.agreement === 'attest'
              ? t('pc.newCustomer.reviewAttest', {
                  person: person(signer),
                  date: format.date(`${draft.dateAgreed}T00:00:00Z`),
                })
              : t('pc.newCustomer.invite'),
          ],
        ]}
      />
      <SingleSubmitForm method="post">
        <input type="hidden" name="intent" value="create" />
        <input type="hidden" name="draft" value={JSON.stringify(draft)} />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button type="submit" variant="contained" disabled={submitting}>
            {submitting ? t('common.saving') : t('pc.newCustomer.submit')}
          </Button>
          <Button onClick={onBack} disabled={submitting}>
            {t('pc.newCustomer.back')}
          </Button>
        </Box>
      </SingleSubmitForm>
    </Paper>
  );
}

export interface NewCustomerConfirmationProps {
  customer: Customer;
  credentials: { userName: string; password: string };
  /** What happened to the MCA: confirmed now, left to the customer, or the confirmation failed. */
  agreement:
    | { outcome: 'attested' }
    /** `error`: the invitation was not recorded (Customers will not show the customer as invited). */
    | { outcome: 'invite'; link: string; error?: ApiErrorLike }
    | { outcome: 'failed'; error: ApiErrorLike };
  partnerName: string;
  agentName: string;
  emailText: string;
  onEmailTextChange: (text: string) => void;
}

/** New customer, last step: the admin credentials to save and hand over, and what comes next. */
export function NewCustomerConfirmation({
  customer,
  credentials,
  agreement,
  emailText,
  onEmailTextChange,
  partnerName,
}: NewCustomerConfirmationProps) {
  // agentName is part of the email text the route builds.
  const { t } = useTranslation();
  const name = customer.companyProfile.companyName;
  const invite = agreement.outcome === 'invite';
  return (
    <>
      <Paper component="section" aria-labelledby="confirmation-title" sx={{ p: 3, mb: 3 }}>
        <Typography variant="h2" component="h2" id="confirmation-title" sx={{ mb: 2 }}>
          {t('pc.newCustomer.confirmationTitle')}
        </Typography>
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {t('pc.newCustomer.created', { customer: name })}
        </Alert>
        <Typography sx={{ mb: 1 }}>{t('pc.newCustomer.saveCredentials')}</Typography>
        <DetailsList
          rows={[
            [t('pc.newCustomer.userName'), <code key="u">{credentials.userName}</code>],
            [t('pc.newCustomer.temporaryPassword'), <code key="p">{credentials.password}</code>],
          ]}
        />
        {agreement.outcome === 'attested' ? (
          <Alert severity="success" sx={{ mb: 2 }}>
            {t('pc.newCustomer.attested')}
          </Alert>
        ) : null}
        {agreement.outcome === 'failed' ? (
          <>
            <ApiErrorAlert error={agreement.error} />
            <Typography sx={{ mb: 2 }}>{t('pc.newCustomer.attestFailed')}</Typography>
          </>
        ) : null}
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <Button
            component={RouterLink}
            to={paths.partnerCenter.customer.href(customer.id)}
            variant="contained"
          >
            {t('pc.newCustomer.viewAccount')}
          </Button>
        </Box>
      </Paper>
      {/* The email that hands the account over: with the invitation link, or the account details alone. */}
      <Paper component="section" aria-labelledby="account-email-title" sx={{ p: 3 }}>
        <Typography variant="h2" component="h2" id="account-email-title" sx={{ mb: 1 }}>
          {t(invite ? 'pc.newCustomer.inviteTitle' : 'mail.accountDetails.title')}
        </Typography>
        <Typography sx={{ mb: 2 }}>
          {t(invite ? 'pc.newCustomer.inviteExplanation' : 'mail.accountDetails.explanation')}
        </Typography>
        {agreement.outcome === 'invite' ? (
          <>
            {agreement.error ? (
              <>
                <ApiErrorAlert error={agreement.error} />
                <Typography sx={{ mb: 2 }}>{t('pc.newCustomer.inviteNotRecorded')}</Typography>
              </>
            ) : null}
            <Typography sx={{ mb: 2 }}>
              <Link href={agreement.link} target="_blank" rel="noopener">
                <AddressText>{agreement.link}</AddressText>
              </Link>
            </Typography>
          </>
        ) : null}
        <EmailTemplate
          subject={t(invite ? 'pc.newCustomer.emailSubject' : 'mail.accountDetails.subject', {
            partner: partnerName,
          })}
          text={emailText}
          onTextChange={onEmailTextChange}
          kind="newCustomer"
          recipient={customer.billingProfile.email}
          customerId={customer.id}
        />
      </Paper>
    </>
  );
}
