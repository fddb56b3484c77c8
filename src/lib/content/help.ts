import type { Kind } from './collections';
import type { RouteId } from './schema/help';

/**
 * The problems the help page routes readers by: the national routes and the state contact
 * that fit each, and the pages to read first. Every route and contact comes from the help
 * directory (content/help/), so a route the directory lacks is simply not shown.
 */
export const helpProblems: {
  id: string;
  heading: string;
  routes: RouteId[];
  stateContact?: string;
  /** Pages to read first, as [kind, slug]: their titles and addresses come from the pages. */
  read: [Kind, string][];
}[] = [
  {
    id: 'advice-before-you-buy',
    heading: 'I want free, unbiased advice before I buy',
    routes: ['ship-locator', 'brokercheck'],
    stateContact: 'free Medicare counseling program (SHIP) and insurance department',
    read: [
      ['entry', 'state-health-insurance-assistance-program'],
      ['entry', 'best-interest-standard'],
      ['guide', 'annuity-recommendation'],
    ],
  },
  {
    id: 'sold-the-wrong-product',
    heading: 'I think I was sold the wrong product',
    routes: ['finra-complaints', 'sec-complaints', 'naic-departments'],
    stateContact:
      'insurance department (for insurance and annuities) or securities regulator (for variable annuities and other securities)',
    read: [
      ['entry', 'free-look-period'],
      ['entry', 'policy-replacement'],
      ['entry', 'twisting'],
    ],
  },
  {
    id: 'claim-denied',
    heading: 'My claim was denied',
    routes: ['medicare', 'naic-departments'],
    stateContact: 'insurance department',
    read: [
      ['entry', 'explanation-of-benefits'],
      ['entry', 'medicare-summary-notice'],
      ['entry', 'contestability-period'],
    ],
  },
  {
    id: 'check-a-license',
    heading: 'I want to check an agent’s license',
    routes: ['brokercheck', 'naic-departments'],
    stateContact: 'insurance department',
    read: [
      ['entry', 'producer-license-and-appointment'],
      ['entry', 'registered-representative'],
    ],
  },
  {
    id: 'cancel-in-the-free-look',
    heading: 'I want to cancel within the free look',
    routes: ['naic-departments'],
    stateContact: 'insurance department',
    read: [['entry', 'free-look-period']],
  },
  {
    id: 'medicare-call',
    heading: 'Someone called me about Medicare',
    routes: ['medicare', 'ship-locator'],
    read: [
      ['entry', 'third-party-marketing-organization'],
      ['entry', 'scope-of-appointment'],
    ],
  },
];

/** A directory phone number (1-800-633-4227 or 916-492-3500) in international form: +1-800-633-4227. */
export const internationalPhone = (phone: string) => `+1-${phone.replace(/^1-/, '')}`;
