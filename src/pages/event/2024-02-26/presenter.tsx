/** /event/2024-02-26/presenter: the projector view (live input, count, QR code, game tally). */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import styles from '@site/src/components/Event/styles.module.css';
import Head from '@docusaurus/Head';
import BrowserOnly from '@docusaurus/BrowserOnly';
import { translate } from '@docusaurus/Translate';
import Presenter from '@site/src/components/Event/Presenter';

export default function PresenterPage(): ReactNode {
  const title = translate({ id: 'event.presenter.title', message: 'From the floor: live' });
  return (
    <Layout
      title={title}
      description={translate({ id: 'event.presenter.description', message: 'Presenter view for the side event.' })}>
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className={`container container--fluid margin-vert--md ${styles.page}`}>
        <h1>{title}</h1>
        <BrowserOnly fallback={<p>{translate({ id: 'event.needsJs', message: 'This page needs JavaScript.' })}</p>}>
          {() => <Presenter />}
        </BrowserOnly>
      </main>
    </Layout>
  );
}
