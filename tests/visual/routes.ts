import { expect, type Locator, type Page } from '@playwright/test';
import { enUS, type Messages } from '../../src/i18n/locales/en-US';
import { itIT } from '../../src/i18n/locales/it-IT';

// The catalogue of every screen of the simulator: each route, each dialog, each step a page has. The
// visual baselines (tests/visual/screens.spec.ts) photograph it and the phone check
// (tests/e2e/phones.spec.ts) measures it, so a new page added here is covered by both. Steps find what
// they click by role and by the label the locale files give it, so they follow the wording.

/** The simulator's clock for every screen: `?now=` for the backend, Playwright's clock for the page. */
export const FIXED_NOW = '2026-03-01T12:00:00Z';

export const LANGUAGES = ['en-US', 'it-IT'] as const;
export type Language = (typeof LANGUAGES)[number];

export const messagesOf = (language: Language): Messages => (language === 'it-IT' ? itIT : enUS);

const FABRIKAM = '3b33e682-00c3-41ee-9dd2-a548adf56438';
const TAILSPIN = '7c0f5e1d-2b7a-4e43-9a51-6d2f0c8e4b11';
/** six-partners: the partner with delegated admin roles (Remove roles). */
const DELEGATED_ADMIN_PARTNER = '4f3e2d1c-0b9a-4876-9543-210fedcba987';
const MCA_TEMPLATE = '117a77b0-9360-443b-8795-c6dedc750cf9';
/** gdap-lifecycle: Fabrikam's active relationship "Fabrikam tier 1 support" (Remove roles). */
const GDAP_ACTIVE = 'd1a90011-6da9-4d1e-8a1c-a548adf56438-c0a1e5b2-0015-4a6e-9b1c-000000000015';
/** The GDAP scenarios' own day. */
const GDAP_NOW = '2026-12-01T09:00:00Z';
/** partner-training: Relecloud (attested, may order) and Graphic Design Institute (not confirmed). */
const RELECLOUD = 'c0a1e5b2-0008-4a6e-9b1c-000000000008';
const GRAPHIC_DESIGN = 'c0a1e5b2-0010-4a6e-9b1c-000000000010';
/** gdap-approval: Bellows College and Fabrikam's request waiting for its approval. */
const BELLOWS = 'c0a1e5b2-0013-4a6e-9b1c-000000000013';
const BELLOWS_GDAP = `d1a90001-6da9-4d1e-8a1c-a548adf56438-${BELLOWS}`;
/** gdap-lifecycle: Tailwind Traders and Fabrikam's active relationship with it. */
const TAILWIND = 'c0a1e5b2-0015-4a6e-9b1c-000000000015';
const TAILWIND_GDAP = `d1a90011-6da9-4d1e-8a1c-a548adf56438-${TAILWIND}`;
/** gdap-approval: Fabrikam's pending GDAP request to Bellows College (Approve partner roles). */
const GDAP_APPROVAL =
  '/partners/invitation/granularAdminRelationships/d1a90001-6da9-4d1e-8a1c-a548adf56438-c0a1e5b2-0013-4a6e-9b1c-000000000013';

export interface Screen {
  /** File-name safe; the baseline is `<session>--<screen>-<project>.png`. */
  name: string;
  /** The in-app (hash) route. */
  route: string;
  /** The page's title (h1) once it is ready; any h1 when not given. */
  heading?: (m: Messages) => string;
  /** What shows when the screen is ready, when that is not the page's h1 (a panel over the page). */
  ready?: (page: Page) => Locator;
  /** Steps after the page is ready: open a dialog, fill a form. They end when the screen is shown. */
  setup?: (page: Page, m: Messages, language: Language) => Promise<void>;
  /** A dialog or panel over the page: photographed as the viewport shows it, not the whole page. */
  overlay?: boolean;
  /** What is truly random on the screen, painted over in the picture. */
  mask?: (page: Page, m: Messages) => Locator[];
}

export interface Session {
  name: string;
  scenario: string;
  side: 'customer' | 'partner';
  /** Signed in before the screens; none for the sign-in pages themselves. */
  account?: { user: string; password: string };
  /** `?faults=` for the whole session. */
  faults?: string;
  /** The simulator's clock for this session, when its scenario has a day of its own (the GDAP ones). */
  now?: string;
  screens: Screen[];
}

/** A partner's details: a side panel (a dialog) over Partner relationships. */
const partnerPanel = (page: Page) => page.getByRole('dialog').first();

/** The field whose label is exactly this text (a required field's asterisk is not part of its name). */
const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`));

const duration = (page: Page, m: Messages) =>
  page
    .getByRole('list', { name: m.activity.title })
    .getByText(new RegExp(`^${m.activity.duration.replace('{{ms}}', '\\d+')}$`));

async function openDialog(page: Page, button: string, dialog: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
}

/** The Demo panel, once its trainer's console (loaded when it first opens) lists the accounts. */
async function openDemo(page: Page, m: Messages) {
  await openDialog(page, m.demo.button, m.demo.title);
  await expect(page.getByRole('list', { name: m.demo.customerAccounts })).toBeVisible();
}

export const SESSIONS: Session[] = [
  {
    name: 'signed-out',
    scenario: 'existing-customer',
    side: 'customer',
    screens: [
      { name: 'sign-in', route: '/signin', heading: (m) => m.signIn.title },
      { name: 'pc-sign-in', route: '/partner-center/signin', heading: (m) => m.pc.signIn.title },
    ],
  },
  {
    name: 'new-customer',
    scenario: 'new-customer',
    side: 'customer',
    screens: [
      {
        name: 'change-password',
        route: '/signin',
        heading: (m) => m.signIn.title,
        setup: async (page, m) => {
          await field(page, m.signIn.userName).fill('admin@contosonew.onmicrosoft.com');
          await field(page, m.signIn.password).fill('TempPass#2026');
          await page.getByRole('button', { name: m.signIn.submit, exact: true }).click();
          await expect(field(page, m.changePassword.newPassword)).toBeVisible();
        },
      },
    ],
  },
  {
    name: 'existing-customer',
    scenario: 'existing-customer',
    side: 'customer',
    account: { user: 'admin@northwindtraders.onmicrosoft.com', password: 'Northwind#2026' },
    screens: [
      { name: 'home', route: '/homepage' },
      {
        name: 'demo-dialog',
        route: '/homepage',
        overlay: true,
        setup: (page, m) => openDemo(page, m),
      },
      { name: 'billing-accounts', route: '/BillingAccounts', heading: (m) => m.billing.title },
      { name: 'accept-agreement', route: '/BillingAccounts/agreement', heading: (m) => m.agreement.title },
      {
        name: 'agreement-document',
        route: `/BillingAccounts/agreement/document?templateId=${MCA_TEMPLATE}&language=it-IT&country=IT`,
        heading: (m) => m.document.title,
      },
      {
        name: 'invitation',
        route: `/BillingAccounts/partner-invitation?invType=ResellerRelationship&partnerId=${TAILSPIN}&msppId=0&DAP=false`,
        heading: (m) => m.invitation.title,
      },
      { name: 'purchase-services', route: '/catalog', heading: (m) => m.purchase.title },
      { name: 'not-found', route: '/nowhere', heading: (m) => m.errors.notFoundTitle },
    ],
  },
  {
    name: 'scenario-1',
    scenario: 'scenario-1',
    side: 'customer',
    account: { user: 'admin@adatum.onmicrosoft.com', password: 'Adatum#2026' },
    screens: [
      { name: 'home', route: '/homepage' },
      { name: 'accept-agreement', route: '/BillingAccounts/agreement', heading: (m) => m.agreement.title },
      {
        name: 'invitation',
        route: `/BillingAccounts/partner-invitation?invType=ResellerRelationship&partnerId=${FABRIKAM}&msppId=0&DAP=true`,
        heading: (m) => m.invitation.title,
      },
      { name: 'purchase-services', route: '/catalog', heading: (m) => m.purchase.title },
    ],
  },
  {
    name: 'six-partners',
    scenario: 'six-partners',
    side: 'customer',
    account: { user: 'admin@woodgrovebank.onmicrosoft.com', password: 'Woodgrove#2026' },
    screens: [
      { name: 'partners', route: '/partners', heading: (m) => m.partners.title },
      {
        name: 'partner-details',
        route: `/partners/${DELEGATED_ADMIN_PARTNER}`,
        ready: partnerPanel,
        overlay: true,
      },
      {
        name: 'remove-roles-dialog',
        route: `/partners/${DELEGATED_ADMIN_PARTNER}`,
        ready: partnerPanel,
        overlay: true,
        setup: (page, m) => openDialog(page, m.partner.removeRoles, m.partner.removeRolesConfirmTitle),
      },
      {
        // One call, so that the list never depends on which of two parallel calls answered first.
        name: 'api-activity',
        route: '/partners',
        heading: (m) => m.partners.title,
        overlay: true,
        setup: async (page, m) => {
          const activity = page.getByRole('button', { name: m.activity.title, exact: true });
          await activity.click();
          await page.getByRole('button', { name: m.activity.clear, exact: true }).click();
          await expect(page.getByText(m.activity.empty)).toBeVisible();
          // The panel's own Close (the DAP review bar above the page has one too).
          await page
            .getByRole('complementary', { name: m.activity.dock })
            .getByRole('button', { name: m.activity.close, exact: true })
            .click();
          // One call: a partner's details (a search asks for both lists of the page at once).
          await page.getByRole('link', { name: 'Fabrikam Cloud Services' }).click();
          await expect(partnerPanel(page)).toBeVisible();
          await page.keyboard.press('Escape');
          await expect(page.getByRole('dialog')).toHaveCount(0);
          await activity.click();
          const entries = page.getByRole('list', { name: m.activity.title }).getByRole('listitem');
          await expect(entries).toHaveCount(1);
          await entries.locator('summary').click();
          await expect(entries.getByText(m.activity.response)).toBeVisible();
          // How long the call took, in real milliseconds, is the one value on any screen that is not
          // fixed: it gets a placeholder of a fixed width (1 to 4 digits would move what follows it),
          // and the picture masks it.
          await duration(page, m).evaluate(
            (element, text) => {
              element.textContent = text;
            },
            m.activity.duration.replace('{{ms}}', '0000'),
          );
        },
        mask: (page, m) => [duration(page, m)],
      },
      { name: 'billing-accounts', route: '/BillingAccounts', heading: (m) => m.billing.title },
      { name: 'purchase-services', route: '/catalog', heading: (m) => m.purchase.title },
    ],
  },
  {
    name: 'gdap-approval',
    scenario: 'gdap-approval',
    side: 'customer',
    now: GDAP_NOW,
    account: { user: 'admin@bellowscollege.onmicrosoft.com', password: 'Bellows#2026' },
    screens: [
      { name: 'approve-partner-roles', route: GDAP_APPROVAL, heading: (m) => m.gdapApproval.title },
      {
        name: 'approve-partner-roles-described',
        route: GDAP_APPROVAL,
        heading: (m) => m.gdapApproval.title,
        setup: async (page, m) => {
          await page.getByRole('button', { name: m.gdapApproval.showMoreRoles, exact: true }).click();
          await page.getByRole('button', { name: m.gdapApproval.showRoleDescriptions, exact: true }).click();
        },
      },
      {
        name: 'approve-partner-roles-confirm',
        route: GDAP_APPROVAL,
        heading: (m) => m.gdapApproval.title,
        setup: (page, m) => openDialog(page, m.gdapApproval.approveAll, m.gdapApproval.confirmTitle),
        overlay: true,
      },
      {
        name: 'approve-partner-roles-unknown',
        route: '/partners/invitation/granularAdminRelationships/d1a90001-6da9',
        heading: (m) => m.gdapApproval.title,
      },
      // Last: it approves the request, and every later screen would see it approved.
      {
        name: 'approve-partner-roles-approved',
        route: GDAP_APPROVAL,
        heading: (m) => m.gdapApproval.title,
        setup: async (page, m) => {
          await openDialog(page, m.gdapApproval.approveAll, m.gdapApproval.confirmTitle);
          await page.getByRole('button', { name: m.gdapApproval.yes, exact: true }).click();
          await expect(page.getByRole('link', { name: m.gdapApproval.viewRelationship })).toBeVisible();
        },
      },
    ],
  },
  {
    name: 'gdap-lifecycle',
    scenario: 'gdap-lifecycle',
    side: 'customer',
    now: GDAP_NOW,
    account: { user: 'admin@tailwindtraders.onmicrosoft.com', password: 'Tailwind#2026' },
    screens: [
      { name: 'partners', route: '/partners', heading: (m) => m.partners.title },
      {
        name: 'partners-status-expired',
        route: '/partners?status=expired,expiring',
        heading: (m) => m.partners.title,
      },
      { name: 'gdap-relationship', route: `/partners/granularAdminRelationships/${GDAP_ACTIVE}` },
      {
        name: 'gdap-remove-roles-dialog',
        route: `/partners/granularAdminRelationships/${GDAP_ACTIVE}`,
        overlay: true,
        setup: (page, m) => openDialog(page, m.partner.removeRoles, m.partner.removeRolesConfirmTitle),
      },
    ],
  },
  {
    name: 'dap-to-gdap',
    scenario: 'dap-to-gdap',
    side: 'customer',
    now: GDAP_NOW,
    account: { user: 'admin@humongousinsurance.onmicrosoft.com', password: 'Humongous#2026' },
    screens: [{ name: 'partners', route: '/partners', heading: (m) => m.partners.title }],
  },
  {
    // A read that fails for good: the error page, with the fault named and Try again.
    name: 'fault',
    scenario: 'six-partners',
    side: 'customer',
    faults: 'dead@/api/partners',
    account: { user: 'admin@woodgrovebank.onmicrosoft.com', password: 'Woodgrove#2026' },
    screens: [
      {
        name: 'error-page',
        route: '/partners',
        setup: async (page, m) => {
          await expect(page.getByRole('button', { name: m.common.retry })).toBeVisible();
        },
      },
    ],
  },
  {
    name: 'partner-center',
    scenario: 'partner-training',
    side: 'partner',
    account: { user: 'adele@fabrikam.example', password: 'Partner#2026' },
    screens: [
      { name: 'customers', route: '/partner-center/customers', heading: (m) => m.pc.customers.title },
      {
        name: 'demo-dialog',
        route: '/partner-center/customers',
        heading: (m) => m.pc.customers.title,
        overlay: true,
        setup: (page, m) => openDemo(page, m),
      },
      {
        name: 'new-customer',
        route: '/partner-center/customers/new',
        heading: (m) => m.pc.newCustomer.title,
      },
      {
        name: 'new-customer-review',
        route: '/partner-center/customers/new',
        heading: (m) => m.pc.newCustomer.title,
        setup: async (page, m, language) => {
          const f = m.pc.newCustomer;
          await field(page, m.pc.customers.companyName).fill('Bluebird Books');
          await field(page, f.domain).fill('bluebirdbooks');
          await page.getByRole('button', { name: f.checkDomain }).click();
          await expect(
            page.getByText(f.domainAvailable.replace('{{domain}}', 'bluebirdbooks.onmicrosoft.com')),
          ).toBeVisible();
          const italy = new Intl.DisplayNames([language], { type: 'region' }).of('IT') ?? 'Italy';
          const country = page.getByRole('combobox', {
            name: new RegExp(`^${m.pc.customers.country}(\\s*\\*)?$`),
          });
          // A click while the menu is still opening can miss: open it (again) until Italy is chosen.
          await expect(async () => {
            if (!(await page.getByRole('listbox').isVisible())) await country.click();
            await page
              .getByRole('option', { name: new RegExp(`^(${italy}|IT)\\b`) })
              .click({ timeout: 3_000 });
            await expect(country).toHaveText(italy, { timeout: 1_000 });
          }).toPass({ timeout: 20_000 });
          await field(page, f.addressLine1).fill('Via Zamboni 3');
          await field(page, f.city).fill('Bologna');
          await field(page, f.postalCode).fill('40126');
          await field(page, m.pc.contact.firstName).fill('Kim');
          await field(page, m.pc.contact.lastName).fill('Abercrombie');
          await field(page, m.pc.contact.email).fill('kim@bluebird.example');
          await page.getByRole('radio', { name: f.invite }).check();
          await page.getByRole('button', { name: f.next }).click();
          await expect(page.getByRole('heading', { name: f.reviewTitle })).toBeVisible();
        },
      },
      {
        name: 'customer-not-confirmed',
        route: `/partner-center/customers/${GRAPHIC_DESIGN}`,
        heading: () => 'Graphic Design Institute',
      },
      {
        name: 'customer-update',
        route: `/partner-center/customers/${GRAPHIC_DESIGN}`,
        heading: () => 'Graphic Design Institute',
        setup: async (page, m) => {
          await page.getByRole('button', { name: m.pc.attest.update, exact: true }).click();
          await expect(field(page, m.pc.attest.date)).toBeVisible();
        },
      },
      {
        name: 'customer-attested',
        route: `/partner-center/customers/${RELECLOUD}`,
        heading: () => 'Relecloud',
      },
      {
        name: 'new-order',
        route: `/partner-center/customers/${RELECLOUD}/orders/new`,
        heading: (m) => m.pc.order.title,
      },
      {
        name: 'new-order-confirm-first',
        route: `/partner-center/customers/${GRAPHIC_DESIGN}/orders/new`,
        heading: (m) => m.pc.order.title,
      },
      {
        name: 'relationship-request',
        route: '/partner-center/relationship-request',
        heading: (m) => m.pc.request.title,
      },
      { name: 'not-found', route: '/partner-center/nowhere', heading: (m) => m.errors.notFoundTitle },
    ],
  },
  {
    // A customer's Admin relationships (GDAP): the list, a request waiting for approval, the request form.
    name: 'partner-center-gdap',
    scenario: 'gdap-approval',
    side: 'partner',
    account: { user: 'adele@fabrikam.example', password: 'Partner#2026' },
    screens: [
      {
        name: 'customer-admin-relationships',
        route: `/partner-center/customers/${BELLOWS}`,
        heading: () => 'Bellows College',
      },
      {
        name: 'admin-relationship-pending',
        route: `/partner-center/customers/${BELLOWS}/admin-relationships/${BELLOWS_GDAP}`,
        heading: () => 'Fabrikam managed services',
      },
      {
        name: 'admin-relationship-request',
        route: `/partner-center/customers/${BELLOWS}/admin-relationships/new`,
        heading: (m) => m.pc.gdap.request,
      },
      {
        name: 'admin-relationship-request-errors',
        route: `/partner-center/customers/${BELLOWS}/admin-relationships/new`,
        heading: (m) => m.pc.gdap.request,
        setup: async (page, m) => {
          await page.getByRole('checkbox', { name: m.entraRoles.globalAdministrator, exact: true }).check();
          await page.getByRole('button', { name: m.pc.gdap.new.submit, exact: true }).click();
          await expect(page.getByText(m.pc.gdap.new.fixErrors)).toBeVisible();
        },
      },
    ],
  },
  {
    name: 'partner-center-gdap-active',
    scenario: 'gdap-lifecycle',
    side: 'partner',
    account: { user: 'adele@fabrikam.example', password: 'Partner#2026' },
    screens: [
      {
        name: 'admin-relationship-active',
        route: `/partner-center/customers/${TAILWIND}/admin-relationships/${TAILWIND_GDAP}`,
        heading: () => 'Fabrikam tier 1 support',
      },
      {
        name: 'terminate-dialog',
        route: `/partner-center/customers/${TAILWIND}/admin-relationships/${TAILWIND_GDAP}`,
        heading: () => 'Fabrikam tier 1 support',
        overlay: true,
        setup: (page, m) => openDialog(page, m.pc.gdap.detail.terminate, m.pc.gdap.detail.terminateTitle),
      },
    ],
  },
];

/**
 * Opens the session's scenario with the fixed clock, signs in, then shows each screen in turn and hands
 * it to `onScreen`. Every screen is a fresh page load (the session and data persist), so one screen's
 * dialog or form never leaks into the next.
 */
export async function visitSession(
  page: Page,
  session: Session,
  language: Language,
  onScreen: (screen: Screen) => Promise<void>,
): Promise<void> {
  const m = messagesOf(language);
  const partner = session.side === 'partner';
  const params = new URLSearchParams({
    scenario: session.scenario,
    now: session.now ?? FIXED_NOW,
    latency: '0',
  });
  if (session.faults) params.set('faults', session.faults);
  await page.goto(`/?${params}#${partner ? '/partner-center/signin' : '/signin'}`);
  await expect(
    page.getByRole('heading', { level: 1, name: partner ? m.pc.signIn.title : m.signIn.title }),
  ).toBeVisible();
  // The sign-in page needs no data, so the backend (and with it the scenario of the link) starts only
  // after the first frame: its demo accounts on screen say the scenario is loaded and saved.
  await expect(page.getByRole('table', { name: m.scenarios.accounts })).toBeVisible();
  if (session.account) {
    await field(page, m.signIn.userName).fill(session.account.user);
    await field(page, m.signIn.password).fill(session.account.password);
    await page.getByRole('button', { name: m.signIn.submit, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: m.signIn.title })).toHaveCount(0);
  }
  for (const screen of session.screens) {
    await page.goto(`/?latency=0#${screen.route}`);
    const heading = screen.heading?.(m);
    await expect(
      screen.ready?.(page) ??
        page.getByRole('heading', { level: 1, ...(heading ? { name: heading, exact: true } : {}) }),
    ).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await screen.setup?.(page, m, language);
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await onScreen(screen);
  }
}
