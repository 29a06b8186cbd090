/** Home: what the Framework is, its four components as entry points, its status and sources. */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/home';
import Heading from '@theme/Heading';
import ComponentCards from '@site/src/components/HomeComponents/ComponentCards';
import OfficialTextNotice from '@site/src/components/HomeComponents/OfficialTextNotice';
import PageProvenance from '@site/src/components/PageProvenance';
import { GUIDE_PAGES } from '@site/src/components/HomeComponents/startHere';
import { guideText } from '@site/src/components/HomeComponents/labels';
import styles from './index.module.css';

const IISD_2024 = 'https://sdg.iisd.org/news/un-collaborative-seeks-input-on-draft-citizen-data-framework/';
const FAO_55 =
  'https://www.fao.org/statistics/events/events-detail/55th-session-of-the-united-nations-statistical-commission/en';
const ODW_2025 = 'https://opendatawatch.com/blog/six-takeaways-from-the-unsc-2025/';
const ECOSOC_56 = 'https://ecosoc.un.org/en/events/2025/statistical-commission';

const external = (href: string, children: ReactNode) => (
  <a href={href} rel="noopener noreferrer">
    {children}
  </a>
);

/** A list of site pages, each a link and what the reader finds there (`{page}: {blurb}.`). */
function GuideList({ pages }: { pages: readonly { to: string; label: string; blurb: string }[] }): ReactNode {
  return (
    <ul className={styles.links}>
      {pages.map((guide) => (
        <li key={guide.to}>
          <Translate
            id="home.guide.item"
            description="One line of the home page's guide list: a link to a page, then what the reader finds there"
            values={{ page: <Link to={guide.to}>{guide.label}</Link>, blurb: guide.blurb }}>
            {'{page}: {blurb}.'}
          </Translate>
        </li>
      ))}
    </ul>
  );
}

/** The reference pages listed under "Find your way". */
const findYourWay = () => [
  {
    to: '/docs/background',
    label: translate({ id: 'home.find.background.link', message: 'Background' }),
    blurb: translate({ id: 'home.find.background', message: 'versions, names and where official information lives' }),
  },
  {
    to: '/docs/background/glossary',
    label: translate({ id: 'home.find.glossary.link', message: 'Glossary' }),
    blurb: translate({ id: 'home.find.glossary', message: 'the terms and acronyms used on this site' }),
  },
  {
    to: '/docs/background/sources',
    label: translate({ id: 'home.find.sources.link', message: 'Sources' }),
    blurb: translate({ id: 'home.find.sources', message: 'every source, and what kind of source it is' }),
  },
  {
    to: '/docs/background/how-to-read-our-labels',
    label: translate({ id: 'home.find.labels.link', message: 'How to read our labels' }),
    blurb: translate({ id: 'home.find.labels', message: 'whose words, how sure, and what kind of source' }),
  },
  {
    to: '/blog',
    label: translate({ id: 'home.find.news.link', message: 'News and events' }),
    blurb: translate({ id: 'home.find.news', message: 'the 2024 side event and the 2025 endorsement' }),
  },
];

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({ id: 'home.title', message: 'Home' })}
      description={translate({
        id: 'home.description',
        message:
          'Reference knowledge base for the Copenhagen Framework on Citizen Data: definition, principles, enabling environment and roadmap, with sources.',
      })}>
      <main className={`container margin-vert--lg ${styles.home}`}>
        <Heading as="h1">
          <Translate id="home.heading">Copenhagen Framework on Citizen Data</Translate>
        </Heading>
        <p className={styles.lead}>
          <Translate
            id="home.lead"
            values={{
              definition: (
                <Link to="/docs/definition#definition-in-brief">
                  <Translate id="home.lead.definitionLink">the definition</Translate>
                </Link>
              ),
              collaborative: (
                <Link to="/docs/background/collaborative">
                  <Translate id="home.lead.collaborativeLink">Collaborative on Citizen Data</Translate>
                </Link>
              ),
            }}>
            {
              'The Copenhagen Framework on Citizen Data is about data from initiatives that citizens start, or in which they are sufficiently engaged from at least the design or the collection stage ({definition}). It defines citizen data, sets guiding principles, describes an enabling environment for coordinating, producing and using them at national level, and includes a roadmap for implementation. It was developed by the {collaborative}, convened by the UN Statistics Division. This site explains it for staff of national statistical offices, civil society organisations and the citizen-science community; the Framework pages link each statement to its sources.'
            }
          </Translate>
        </p>

        <PageProvenance provenance="summary" />

        <Heading as="h2">
          <Translate id="home.startHere">Start here</Translate>
        </Heading>
        <GuideList pages={GUIDE_PAGES.map((data) => ({ ...data, ...guideText(data.to) }))} />

        <OfficialTextNotice />

        <p>
          <Translate id="home.everyParagraph">
            Every paragraph of the Framework pages can be linked to and discussed: the link button after a paragraph
            copies its address for slides and handouts, and the comment button opens its comments, where you can add
            your own. No account is needed; the Framework’s editors read every comment.
          </Translate>
        </p>

        <Heading as="h2">
          <Translate id="home.fourComponents">The four components</Translate>
        </Heading>
        <p>
          <Translate id="home.fourComponents.intro" values={{ source: external(IISD_2024, 'IISD, 14 February 2024') }}>
            {'The Framework has four components ({source}). Each has its own section:'}
          </Translate>
        </p>
        <ComponentCards />

        <Heading as="h2">
          <Translate id="home.status">Status</Translate>
        </Heading>
        <ul>
          <li>
            <Translate
              id="home.status.draft"
              values={{
                iisd: external(IISD_2024, 'IISD'),
                fao: external(FAO_55, <Translate id="home.status.faoLink">FAO event page</Translate>),
              }}>
              {
                'The draft was presented at the 55th session of the UN Statistical Commission, 27 February to 1 March 2024 ({iisd}; {fao}).'
              }
            </Translate>
          </li>
          <li>
            <Translate
              id="home.status.endorsed"
              values={{
                // The publisher's English name, also on the translated sites (WCAG 2.2 SC 3.1.2).
                odw: external(ODW_2025, <span lang="en">Open Data Watch</span>),
                session: external(ECOSOC_56, <Translate id="home.status.sessionLink">session page</Translate>),
              }}>
              {'The Framework was endorsed at the 56th session, 4 to 7 March 2025 ({odw}; {session}).'}
            </Translate>
          </li>
        </ul>
        <p>
          <Translate
            id="home.status.dates"
            values={{
              timeline: (
                <Link to="/docs/background/timeline">
                  <Translate id="home.status.timelineLink">timeline</Translate>
                </Link>
              ),
            }}>
            {
              'One partner page dates the endorsement to 2024; most sources, including UNSD staff, give 2025. See the {timeline} for the dates and the sources.'
            }
          </Translate>
        </p>

        <Heading as="h2">
          <Translate id="home.findYourWay">Find your way</Translate>
        </Heading>
        <GuideList pages={findYourWay()} />
      </main>
    </Layout>
  );
}
