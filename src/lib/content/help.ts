import { docPath } from './collections';
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
  read: { href: string; title: string }[];
}[] = [
  {
    id: 'advice-before-you-buy',
    heading: 'I want free, unbiased advice before I buy',
    routes: ['ship-locator', 'brokercheck'],
    stateContact: 'free Medicare counseling program (SHIP) and insurance department',
    read: [
      { href: docPath('entry', 'state-health-insurance-assistance-program'), title: 'SHIP' },
      { href: docPath('entry', 'best-interest-standard'), title: 'Best-interest standard' },
      {
        href: docPath('guide', 'annuity-recommendation'),
        title: 'Getting an annuity recommendation',
      },
    ],
  },
  {
    id: 'sold-the-wrong-product',
    heading: 'I think I was sold the wrong product',
    routes: ['finra-complaints', 'sec-complaints', 'naic-departments'],
    stateContact:
      'insurance department (for insurance and annuities) or securities regulator (for variable annuities and other securities)',
    read: [
      { href: docPath('entry', 'free-look-period'), title: 'Free look period' },
      { href: docPath('entry', 'policy-replacement'), title: 'Policy replacement' },
      { href: docPath('entry', 'twisting'), title: 'Twisting' },
    ],
  },
  {
    id: 'claim-denied',
    heading: 'My claim was denied',
    routes: ['medicare', 'naic-departments'],
    stateContact: 'insurance department',
    read: [
      { href: docPath('entry', 'explanation-of-benefits'), title: 'Explanation of benefits' },
      { href: docPath('entry', 'medicare-summary-notice'), title: 'Medicare Summary Notice' },
      { href: docPath('entry', 'contestability-period'), title: 'Contestability period' },
    ],
  },
  {
    id: 'check-a-license',
    heading: 'I want to check an agent’s license',
    routes: ['brokercheck', 'naic-departments'],
    stateContact: 'insurance department',
    read: [
      {
        href: docPath('entry', 'producer-license-and-appointment'),
        title: 'Producer license and appointment',
      },
      { href: docPath('entry', 'registered-representative'), title: 'Registered representative' },
    ],
  },
  {
    id: 'cancel-in-the-free-look',
    heading: 'I want to cancel within the free look',
    routes: ['naic-departments'],
    stateContact: 'insurance department',
    read: [{ href: docPath('entry', 'free-look-period'), title: 'Free look period' }],
  },
  {
    id: 'medicare-call',
    heading: 'Someone called me about Medicare',
    routes: ['medicare', 'ship-locator'],
    read: [
      {
        href: docPath('entry', 'third-party-marketing-organization'),
        title: 'Third-party marketing organization',
      },
      { href: docPath('entry', 'scope-of-appointment'), title: 'Scope of appointment' },
    ],
  },
];

/** A directory phone number (1-800-633-4227 or 916-492-3500) in international form: +1-800-633-4227. */
export const internationalPhone = (phone: string) => `+1-${phone.replace(/^1-/, '')}`;
