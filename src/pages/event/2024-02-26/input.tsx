/** /event/2024-02-26/input: attendees send input from the floor from their phones. */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import styles from '@site/src/components/Event/styles.module.css';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Translate, { translate } from '@docusaurus/Translate';
import FloorInput from '@site/src/components/Event/FloorInput';

export default function FloorInputPage(): ReactNode {
  const title = translate({ id: 'event.input.title', message: 'Input from the floor' });
  return (
    <Layout
      title={title}
      description={translate({
        id: 'event.input.description',
        message:
          'Send a short comment on one of the side event’s three focus areas from your phone; no account needed.',
      })}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1>{title}</h1>
        <p>
          <Translate id="event.input.intro">
            Send a short comment on one of the three focus areas. No account is needed; an editor approves input before
            it appears on the screen, and it is kept with the rest of the feedback on the Framework.
          </Translate>
        </p>
        <BrowserOnly fallback={<p>{translate({ id: 'event.needsJs', message: 'This page needs JavaScript.' })}</p>}>
          {() => <FloorInput />}
        </BrowserOnly>
      </main>
    </Layout>
  );
}
