/**
 * /moderate: the editors' moderation page. Rendered in the browser only (it depends on the
 * moderator's session cookie, which only the service can read), and kept out of search engines.
 */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Head from '@docusaurus/Head';
import BrowserOnly from '@docusaurus/BrowserOnly';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/moderation';
import ModerationApp from '@site/src/components/Moderation';

export default function Moderate(): ReactNode {
  const title = translate({ id: 'moderation.title', message: 'Moderate comments' });
  return (
    <Layout
      title={title}
      description={translate({ id: 'moderation.description', message: 'Moderation of reader comments.' })}>
      <Head>
        <meta name="robots" content="noindex, nofollow" />
      </Head>
      <main className="container margin-vert--lg fw-underline-links">
        <h1>{title}</h1>
        <BrowserOnly
          fallback={<p>{translate({ id: 'moderation.needsJs', message: 'Moderation needs JavaScript.' })}</p>}>
          {() => <ModerationApp />}
        </BrowserOnly>
      </main>
    </Layout>
  );
}
