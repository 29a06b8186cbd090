/** The frame of every event page: layout, title, description, and an optional browser-only body. */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Head from '@docusaurus/Head';
import BrowserOnly from '@docusaurus/BrowserOnly';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/event';
import styles from './styles.module.css';

export interface EventPageProps {
  title: string;
  description: string;
  /** Shown before the body, rendered on the server too. */
  intro?: ReactNode;
  /** The body; when `browserOnly`, rendered after hydration (it needs the API or the URL). */
  children: () => ReactNode;
  browserOnly?: boolean;
  /** Full width and no search-engine indexing (the projector view). */
  projector?: boolean;
}

export default function EventPage({
  title,
  description,
  intro,
  children,
  browserOnly = false,
  projector = false,
}: EventPageProps): ReactNode {
  const container = projector ? 'container container--fluid margin-vert--md' : 'container margin-vert--lg';
  return (
    <Layout title={title} description={description}>
      {projector && (
        <Head>
          <meta name="robots" content="noindex" />
        </Head>
      )}
      <main className={`${container} ${styles.page}`}>
        <h1>{title}</h1>
        {intro}
        {browserOnly ? (
          <BrowserOnly fallback={<p>{translate({ id: 'event.needsJs', message: 'This page needs JavaScript.' })}</p>}>
            {children}
          </BrowserOnly>
        ) : (
          children()
        )}
      </main>
    </Layout>
  );
}
