import { HttpResponse, http } from 'msw';
import { z } from 'zod';
import { GUID_PATTERN } from '../../src/domain/paths';
import { contactSchema } from '../../src/domain/validation';
import { emit } from '../db/events';
import { PARTNER_EMAIL_KINDS, addressesWithMail, mailboxOf, markRead } from '../db/mail';
import { problems } from '../lib/errors';
import { collection, partnerRoute, publicRoute, readBody } from '../lib/route';
import { customerOf } from './partner-checks';

// The simulated mailboxes: every email the simulated world sent (mocks/db/mail.ts), readable by address, and
// the partner's own emails sent from Partner Center's email templates.

const addressSchema = contactSchema.shape.email;

/** The texts, loaded on the first read of a mailbox (no page load carries them). */
const templates = () => import('../db/mail-templates');

async function language(url: URL) {
  const { MAIL_LANGUAGES } = await templates();
  const value = url.searchParams.get('lang') ?? 'en-US';
  const known = MAIL_LANGUAGES.find((code) => code.toLowerCase() === value.toLowerCase());
  if (!known) {
    throw problems.invalidInput(`'lang' must be one of ${MAIL_LANGUAGES.join(', ')}.`, [
      { field: 'lang', message: 'validation.languageInvalid' },
    ]);
  }
  return known;
}

function address(url: URL): string {
  const raw = url.searchParams.get('address');
  const parsed = addressSchema.safeParse(raw ?? '');
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'validation.emailInvalid';
    throw problems.invalidInput(
      raw
        ? `'${raw.slice(0, 100)}' is not an email address (use ?address=name@example.com).`
        : 'Say whose mailbox to read: ?address=name@example.com.',
      [{ field: 'address', message }],
    );
  }
  return parsed.data;
}

const outgoing = z.strictObject({
  to: addressSchema,
  subject: z.string().trim().min(1).max(200),
  body: z.string().min(1).max(20_000),
  kind: z.enum(PARTNER_EMAIL_KINDS),
  customerId: z.string().regex(GUID_PATTERN).optional(),
});

export const mailboxHandlers = [
  // Simulator: one address's messages, newest first, in the language asked for (`lang`, en-US by default).
  http.get(
    '*/api/sim/mailbox',
    publicRoute(async ({ url }) => {
      const wanted = address(url);
      const lang = await language(url);
      const { renderMail } = await templates();
      return collection(mailboxOf(wanted).map((row) => renderMail(row, lang)));
    }),
  ),

  // Simulator: a message was opened (the mailbox page shows the others as unread).
  http.post(
    '*/api/sim/mailbox/:id/read',
    publicRoute(({ params }) => {
      if (!markRead(params.id ?? '')) throw problems.notFound(`Message '${(params.id ?? '').slice(0, 40)}'`);
      return null;
    }),
  ),

  // Simulator: the addresses that have mail in this demo (the trainer's picker).
  http.get(
    '*/api/sim/mailboxes',
    publicRoute(() => collection(addressesWithMail())),
  ),

  // Simulator: a partner agent sends an email from a Partner Center template (Send on the template).
  http.post(
    '*/api/sim/mailbox',
    partnerRoute(async ({ request, url, session }) => {
      const input = await readBody(request, outgoing);
      const lang = await language(url);
      if (input.customerId) customerOf(session, input.customerId);
      const event = emit('relationshipRequestEmailed', {
        partnerId: session.partner.id,
        tenantId: input.customerId ?? null,
        actorId: session.agent.id,
        data: { to: input.to, subject: input.subject, body: input.body, kind: input.kind },
      });
      const { renderMail } = await templates();
      const sent = mailboxOf(input.to).find((row) => row.eventSeq === event.seq);
      if (!sent) throw problems.invalidInput('The email could not be delivered.');
      return HttpResponse.json(renderMail(sent, lang), { status: 201 });
    }),
  ),
];
