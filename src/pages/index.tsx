/** Home: what the Framework is, its four components as entry points, its status and sources. */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import ComponentCards from '@site/src/components/HomeComponents/ComponentCards';
import OfficialTextNotice from '@site/src/components/HomeComponents/OfficialTextNotice';
import styles from './index.module.css';

const IISD_2024 = 'https://sdg.iisd.org/news/un-collaborative-seeks-input-on-draft-citizen-data-framework/';

export default function Home(): ReactNode {
  return (
    <Layout
      title="Home"
      description="Reference knowledge base for the Copenhagen Framework on Citizen Data: definition, principles, enabling environment and roadmap, with sources.">
      <main className={`container margin-vert--lg ${styles.home}`}>
        <Heading as="h1">Copenhagen Framework on Citizen Data</Heading>
        <p className={styles.lead}>
          The Copenhagen Framework on Citizen Data is a framework for data that citizens produce or help to produce. It
          defines citizen data, sets guiding principles, describes an enabling environment for their coordination,
          production and use at national level, and includes a roadmap for implementation. It was developed by the{' '}
          <Link to="/docs/background/collaborative">Collaborative on Citizen Data</Link>, convened by the UN Statistics
          Division. This site explains it for staff of national statistical offices, civil society organisations and the
          citizen-science community, and links each statement to its sources.
        </p>

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
            The draft was presented at the 55th session of the UN Statistical Commission, 27 February to 1 March 2024.
          </li>
          <li>The Framework was endorsed at the 56th session, 4 to 7 March 2025.</li>
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
            <Link to="/docs/background/sources">Sources</Link>: every source, and how to read the labels.
          </li>
          <li>
            <Link to="/blog">News and events</Link>: the 2024 side event and the 2025 endorsement.
          </li>
        </ul>
      </main>
    </Layout>
  );
}
