/**
 * The reader's guide pages: what people preparing a talk, a handout or feedback need first. One
 * list, used by the home page and the navbar, so both always offer the same pages in one order.
 */
export interface GuidePage {
  /** Route of the page; `/docs/at-a-glance` is also printed as a handout and a QR code. */
  readonly to: string;
  readonly label: string;
  /** What the reader gets there, in a few words. */
  readonly blurb: string;
}

export const GUIDE_PAGES: readonly GuidePage[] = [
  { to: '/docs/at-a-glance', label: 'The Framework at a glance', blurb: 'one page, safe to print and quote' },
  { to: '/docs/questions', label: 'Questions people ask', blurb: 'short answers with their evidence' },
  {
    to: '/docs/known-and-unknown',
    label: 'What is known and what is not',
    blurb: 'every fact with how sure we are',
  },
  { to: '/docs/citing', label: 'Citing the Framework correctly', blurb: 'names, dates and mis-citations to avoid' },
  { to: '/docs/who-is-who', label: 'Who is who', blurb: 'people, bodies and exact titles' },
  {
    to: '/docs/side-event-focus-areas',
    label: 'The side event’s focus areas (a) to (c)',
    blurb: 'where feedback on each belongs',
  },
];
