/** Home: what the Framework is, its four components as entry points, its status and sources. */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import ComponentCards from '@site/src/components/HomeComponents/ComponentCards';
import OfficialTextNotice from '@site/src/components/HomeComponents/OfficialTextNotice';
import PageProvenance from '@site/src/components/PageProvenance';
import { GUIDE_PAGES } from '@site/src/components/HomeComponents/startHere';
import styles from './index.module.css';

const IISD_2024 = 'https://sdg.iisd.org/news/un-collaborative-seeks-input-on-draft-citizen-data-framework/';
const FAO_55 =
  'https://www.fao.org/statistics/events/events-detail/55th-session-of-the-united-nations-statistical-commission/en';
const ODW_2025 = 'https://opendatawatch.com/blog/six-takeaways-from-the-unsc-2025/';
const ECOSOC_56 = 'https://ecosoc.un.org/en/events/2025/statistical-commission';

export default function Home(): ReactNode {
  return (
    <Layout
      title="Home"
      description="Reference knowledge base for the Copenhagen Framework on Citizen Data: definition, principles, enabling environment and roadmap, with sources.">
      <main className={`container margin-vert--lg ${styles.home}`}>
        <Heading as="h1">Copenhagen Framework on Citizen Data</Heading>
        <p className={styles.lead}>
          The Copenhagen Framework on Citizen Data is about data from initiatives that citizens start, or in which they
          are sufficiently engaged from at least the design or the collection stage (
          <Link to="/docs/definition#definition-in-brief">the definition</Link>). It defines citizen data, sets guiding
          principles, describes an enabling environment for coordinating, producing and using them at national level,
          and includes a roadmap for implementation. It was developed by the{' '}
          <Link to="/docs/background/collaborative">Collaborative on Citizen Data</Link>, convened by the UN Statistics
          Division. This site explains it for staff of national statistical offices, civil society organisations and the
          citizen-science community; the Framework pages link each statement to its sources.
        </p>

        <PageProvenance provenance="summary" />

        <Heading as="h2">Start here</Heading>
        <ul className={styles.links}>
          {GUIDE_PAGES.map((guide) => (
            <li key={guide.to}>
              <Link to={guide.to}>{guide.label}</Link>: {guide.blurb}.
            </li>
          ))}
        </ul>

        <OfficialTextNotice />

        <p>
          Every paragraph of the Framework pages can be linked to and discussed: the link button after a paragraph
          copies its address for slides and handouts, and the comment button opens its comments, where you can add your
          own. No account is needed; the Framework’s editors read every comment.
        </p>

        <Heading as="h2">The four components</Heading>
        <p>
          The Framework has four components (
          <a href={IISD_2024} rel="noopener noreferrer">
            IISD, 14 February 2024
          </a>
          ). Each has its own section:
        </p>
        <ComponentCards />

        <Heading as="h2">Status</Heading>
        <ul>
          <li>
            The draft was presented at the 55th session of the UN Statistical Commission, 27 February to 1 March 2024 (
            <a href={IISD_2024} rel="noopener noreferrer">
              IISD
            </a>
            ;{' '}
            <a href={FAO_55} rel="noopener noreferrer">
              FAO event page
            </a>
            ).
          </li>
          <li>
            The Framework was endorsed at the 56th session, 4 to 7 March 2025 (
            <a href={ODW_2025} rel="noopener noreferrer">
              Open Data Watch
            </a>
            ;{' '}
            <a href={ECOSOC_56} rel="noopener noreferrer">
              session page
            </a>
            ).
          </li>
        </ul>
        <p>
          One partner page dates the endorsement to 2024; most sources, including UNSD staff, give 2025. See the{' '}
          <Link to="/docs/background/timeline">timeline</Link> for the dates and the sources.
        </p>

        <Heading as="h2">Find your way</Heading>
        <ul className={styles.links}>
          <li>
            <Link to="/docs/background">Background</Link>: versions, names and where official information lives.
          </li>
          <li>
            <Link to="/docs/background/glossary">Glossary</Link>: the terms and acronyms used on this site.
          </li>
          <li>
            <Link to="/docs/background/sources">Sources</Link>: every source, and what kind of source it is.
          </li>
          <li>
            <Link to="/docs/background/how-to-read-our-labels">How to read our labels</Link>: whose words, how sure,
            and what kind of source.
          </li>
          <li>
            <Link to="/blog">News and events</Link>: the 2024 side event and the 2025 endorsement.
          </li>
        </ul>
      </main>
    </Layout>
  );
}
