// English (United States). Page titles and button labels that come from the real admin center are
// reproduced exactly; the rest is our own wording.
export const enUS = {
  simulation: {
    label: 'Simulation notice',
    marker: 'Simulated environment — not affiliated with Microsoft. Demo data only.',
  },
  common: { loading: 'Loading…', retry: 'Try again', cancel: 'Cancel' },
  language: { label: 'Language' },
  shell: { productName: 'Admin center simulator', signOut: 'Sign out' },
  nav: {
    label: 'Main navigation',
    home: 'Home',
    billing: 'Billing',
    billingAccounts: 'Billing accounts',
    purchaseServices: 'Purchase services',
    settings: 'Settings',
    partnerRelationships: 'Partner relationships',
  },
  demo: {
    button: 'Demo',
    title: 'Demo controls',
    current: 'Current scenario: {{scenario}}.',
    resetExplanation:
      'Reset demo puts every page and account of this scenario back to where it started, and signs everyone out.',
    reset: 'Reset demo',
  },
  signIn: {
    title: 'Sign in',
    demoOnly:
      'This is a simulator for training and testing. Sign in with the demo accounts listed on this page only. Never enter real credentials here.',
    userName: 'User name',
    userNameHint: 'For example admin@contosonew.onmicrosoft.com',
    password: 'Password',
    submit: 'Sign in',
    signingIn: 'Signing in…',
  },
  changePassword: {
    title: 'Update your password',
    explanation:
      '{{user}} signed in with a temporary password from your partner. Choose a new password to continue.',
    newPassword: 'New password',
    confirmPassword: 'Confirm new password',
    rules: 'At least 8 characters, with three of: lower case, upper case, digits, symbols.',
    submit: 'Update password and sign in',
  },
  scenarios: {
    title: 'Demo scenarios',
    pick: 'Scenario',
    load: 'Load scenario',
    loaded: 'Scenario loaded: {{scenario}}.',
    accounts: 'Demo accounts',
    userName: 'User name',
    password: 'Password',
    roles: 'Roles',
    actions: 'Actions',
    temporary: 'temporary',
    use: 'Use',
    useAccount: 'Use {{user}}',
    links: 'Links a partner would send',
    notice: {
      storageReset:
        'The saved demo data could not be read, so this scenario was started again from the beginning.',
      unknownScenario: 'The scenario named in the link does not exist; the current scenario was kept.',
      invalidClock:
        'The date given for the demo clock is not a valid date (use for example now=2026-03-01); it was ignored.',
    },
  },
  roles: {
    globalAdmin: 'Global administrator',
    billingAdmin: 'Billing administrator',
    userAdmin: 'User administrator',
    helpdeskAdmin: 'Helpdesk administrator',
    reportsReader: 'Reports reader',
    none: 'No admin roles',
    noAdminRoles: 'None',
  },
  relationship: {
    reseller: 'Reseller',
    indirectReseller: 'Indirect reseller',
    indirectProvider: 'Indirect provider',
    delegatedAdmin: 'Delegated admin',
    advisor: 'Advisor',
    none: 'Partner',
  },
  agreementType: {
    MicrosoftCustomerAgreement: 'Microsoft Customer Agreement',
    MicrosoftCloudAgreement: 'Microsoft Cloud Agreement',
  },
  purchaseKind: {
    offer: 'Subscription',
    software: 'Software',
    softwareSubscription: 'Software subscription',
    reservedInstance: 'Reserved Instance',
    azurePlan: 'Azure plan',
  },
  home: {
    welcome: 'Signed in as {{name}}.',
    mcaTitle: 'Your organization has not accepted the Microsoft Customer Agreement',
    mcaText: 'Until it is accepted, nothing can be bought for your organization.',
    mcaAction: 'Accept agreement',
    partnersCard: 'The partners you work with, their roles and contact details.',
    billingCard: 'Your billing account and its agreement history.',
    purchaseCard: 'Buy subscriptions and see what was bought.',
  },
  agreement: {
    title: 'Accept agreement',
    description: 'Review and accept the Microsoft Customer Agreement for your organization.',
    reviewTitle: 'Microsoft Customer Agreement',
    reviewText: 'Read the agreement, then accept it on behalf of {{tenant}}.',
    mcaLink: 'Microsoft Customer Agreement',
    mcaLinkDetails: '(simulated document: {{language}}, country {{country}})',
    consent: 'I have read the Microsoft Customer Agreement and accept it on behalf of {{tenant}}.',
    accept: 'Accept',
    whoCanAccept:
      'Only a Global administrator or a Billing administrator can accept this agreement. Ask one of them to open this link.',
    acceptedDirectly:
      'Your organization accepted the Microsoft Customer Agreement on {{date}} ({{name}}, in the admin center).',
    attested:
      'Your partner {{partner}} confirmed your acceptance of the Microsoft Customer Agreement on {{date}}.',
    seePartners: 'See your partners',
    seeHistory: 'See the agreement history',
  },
  document: {
    title: 'Microsoft Customer Agreement (simulated)',
    simulated:
      'This page stands in for the agreement document. The text below is a short summary written for this simulator, not the agreement.',
    templateId: 'Template',
    country: 'Country',
    language: 'Language',
    linkExpires: 'Link expires',
    englishStandIn:
      'The real document would be in {{language}}; this simulator shows its summary in English.',
    back: 'Back to Accept agreement',
    heading: 'Summary of the agreement (simulation)',
    sections: {
      parties: {
        title: 'Who agrees',
        body: 'Your organization, as the customer, and Microsoft. Your partner sells and supports the products.',
      },
      use: {
        title: 'Using the products',
        body: 'Your organization may use what it buys for its own business, within the product terms.',
      },
      orders: {
        title: 'Orders and billing',
        body: 'Purchases are made through your partner or in the admin center and billed to your billing account.',
      },
      privacy: {
        title: 'Privacy and security',
        body: 'Your data stays yours; the product terms say how it is processed and protected.',
      },
      term: {
        title: 'Term',
        body: 'The agreement applies from acceptance until it is ended as its terms allow.',
      },
    },
  },
  reachOut: {
    explanation:
      'Your organization has bought products through a partner, so your partner confirms your acceptance in Partner Center. Contact your partner; once they have confirmed it, this page will show the agreement as accepted.',
  },
  invitation: {
    title: 'Accept agreement & authorize partner',
    relationshipRequested: 'Relationship requested:',
    resellerAndDap: 'Reseller, with delegated admin roles',
    requestTitle: 'Review the request',
    requestText: '{{partner}} asks to become a reseller for {{tenant}}.',
    dapTitle: 'This invitation also grants delegated admin roles',
    dapWarning:
      'If you accept, {{partner}} becomes a Global administrator and a Helpdesk administrator of your organization. If you do not want that, do not accept: ask your partner for an invitation without delegated admin roles.',
    mcaAlreadyConfirmed: 'Your organization has already accepted the Microsoft Customer Agreement.',
    consent:
      'I have read the Microsoft Customer Agreement and accept it on behalf of {{tenant}}, and I authorize {{partner}} as our partner.',
    consentPartnerOnly: 'I authorize {{partner}} as our partner.',
    accept: 'Accept & Authorize',
    whoCanAccept:
      'Only a Global administrator can accept this invitation. Ask one of them to open this link.',
    alreadyAccepted:
      'This invitation is already accepted: {{partner}} is your reseller. Nothing was changed.',
    alreadyAcceptedDap:
      'This invitation is already accepted: {{partner}} is your reseller with delegated admin roles. Nothing was changed.',
    seePartner: 'See {{partner}}',
    problem: {
      title: 'This invitation link is not valid',
      missingParameter: 'The link has no {{parameter}} parameter.',
      duplicateParameter: 'The link gives the {{parameter}} parameter more than once.',
      invalidInvType:
        'The link asks for an invitation of type “{{value}}”; only ResellerRelationship is supported here.',
      invalidPartnerId: 'The partner ID “{{value}}” is not a valid ID.',
      invalidDap: 'DAP must be true or false, not “{{value}}”.',
      unknownPartner: 'No partner with the ID {{value}} exists.',
      advice: 'Ask your partner to send the link again, copied whole from Partner Center.',
    },
  },
  partners: {
    title: 'Partner relationships',
    description: 'The partners your organization works with. Select a partner to see its details.',
    empty: "We didn't find anything to show here.",
    filter: 'Filter by name',
    noMatch: 'No partner name contains “{{filter}}”.',
    showing: 'Showing {{first}}–{{last}} of {{total}} partners',
    tableLabel: 'Partners',
    name: 'Name',
    relationship: 'Relationship',
    roles: 'Admin roles',
    pages: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: 'Page {{page}} of {{pages}}',
    accepted: {
      agreement:
        'You accepted the Microsoft Customer Agreement. These are the partners your organization works with.',
      invitation: 'You accepted the invitation. The partner is now listed below.',
    },
  },
  partner: {
    email: 'Email',
    phone: 'Phone',
    website: 'Website',
    address: 'Address',
    since: 'Partner since',
    mpnId: 'Partner ID (MPN)',
    close: 'Close details',
    adminRoles: 'Admin roles',
    removeRoles: 'Remove roles',
    whoCanRemove: 'Only a Global administrator can remove a partner’s roles.',
    removeRolesConfirmTitle: 'Remove roles?',
    removeRolesConfirmText:
      '{{partner}} will no longer have admin roles in your organization. The relationship stays ({{relationship}}). To end the relationship, contact the partner.',
    removeRolesConfirm: 'Yes',
    rolesRemoved: '{{partner}} no longer has admin roles in your organization.',
    agreements: 'Agreements confirmed by this partner',
    noAgreements: '{{partner}} has not confirmed any agreement for your organization.',
  },
  history: {
    agreement: 'Agreement',
    date: 'Date',
    acceptedBy: 'Accepted by',
    how: 'How',
    direct: 'Accepted directly in the admin center',
    attested: 'Attested by partner {{partner}}',
  },
  billing: {
    title: 'Billing accounts',
    description: 'Your billing account and the agreements accepted for it.',
    accountType: 'Type',
    status: 'Status',
    statusValue: { active: 'Active' },
    soldTo: 'Sold to',
    history: 'Agreement history',
    noAgreement: 'No agreement has been accepted for this billing account yet.',
    acceptAgreement: 'Accept agreement',
  },
  purchase: {
    title: 'Purchase services',
    description: 'Buy subscriptions for your organization.',
    mcaRequired:
      'Your organization cannot buy until the Microsoft Customer Agreement is accepted, by you in the admin center or by your partner’s confirmation.',
    whoCanBuy: 'Only a Global administrator or a Billing administrator can buy.',
    perMonth: '{{price}} per month',
    quantity: 'Quantity',
    buy: 'Buy',
    buyProduct: 'Buy {{product}}',
    bought: 'Bought {{quantity}} × {{product}}.',
    history: 'Purchase history',
    noPurchases: 'Nothing has been bought yet.',
    product: 'Product',
    boughtThrough: 'Bought through',
    adminCenter: 'Admin center',
  },
  errors: {
    title: 'Something went wrong',
    unexpected: 'Something unexpected happened. Try again.',
    notFoundTitle: 'Page not found',
    pageNotFound: 'There is no page at this address.',
    goHome: 'Go to Home',
    accountNotFound:
      'There is no demo account with that user name. Check it, or pick one of the demo accounts.',
    wrongPassword: 'The password is not correct for this account.',
    insufficientRole: 'Your admin role does not allow this.',
    alreadyAccepted: 'This was already accepted. Nothing was changed.',
    mcaNotConfirmed:
      'The purchase was refused: your organization has not accepted the Microsoft Customer Agreement (code 13605). Accept it, or ask your partner to confirm it, then buy again.',
    notFound: 'What you asked for does not exist.',
    invalidInput: 'Some of the information sent was not valid.',
    network: 'The service could not be reached. Check your connection and try again.',
    unavailable: 'The service did not answer. Try again.',
    generic: 'The request failed: {{description}}',
  },
  validation: {
    upnRequired: 'Enter your user name.',
    upnInvalid: 'Enter a user name like name@domain.onmicrosoft.com.',
    passwordRequired: 'Enter your password.',
    passwordTooShort: 'Use at least 8 characters.',
    passwordTooLong: 'Use at most 256 characters.',
    passwordTooSimple: 'Use three of: lower case, upper case, digits, symbols.',
    passwordsDiffer: 'The two passwords are not the same.',
    passwordReused: 'Choose a password other than the temporary one.',
    templateInvalid: 'The agreement template is not valid.',
    quantityInvalid: 'Enter a whole number from 1 to 300.',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
/** Every locale has exactly the keys of en-US. */
export type Messages = Shape<typeof enUS>;
