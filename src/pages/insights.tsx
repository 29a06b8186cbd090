/**
 * /insights: charts and tables of the feedback. Chart.js is imported only by this page's
 * components, so it ships in this route's bundle and nowhere else.
 */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import BrowserOnly from '@docusaurus/BrowserOnly';
import { translate } from '@docusaurus/Translate';

export default function InsightsPage(): ReactNode {
  const title = translate({ id: 'insights.title', message: 'Insights from the feedback' });
  return (
    <Layout
      title={title}
      description={translate({
        id: 'insights.description',
        message: 'Where comments on the Framework concentrate, who made them, and what the editors decided.',
      })}>
      <main className="container margin-vert--lg">
        <h1>{title}</h1>
        <BrowserOnly fallback={<p>{translate({ id: 'insights.needsJs', message: 'The charts need JavaScript.' })}</p>}>
          {() => {
            // Loaded in the browser only (Chart.js draws on a canvas).
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            const Insights = require('@site/src/components/Feedback/Insights').default as () => ReactNode;
            return <Insights />;
          }}
        </BrowserOnly>
      </main>
    </Layout>
  );
}
