/**
 * /insights: charts and tables of the feedback. Rendered at build time with the charts' boxes
 * and category tables in place (numbers fill in on load, so nothing moves); Chart.js is imported
 * on first draw, in a chunk of its own that only this page loads.
 */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Insights from '@site/src/components/Feedback/Insights';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/feedback';

export default function InsightsPage(): ReactNode {
  const title = translate({ id: 'insights.title', message: 'Insights from the feedback' });
  return (
    <Layout
      title={title}
      description={translate({
        id: 'insights.description',
        message: 'Where comments on the Framework concentrate, who made them, and what the editors decided.',
      })}>
      <main className="container margin-vert--lg fw-underline-links">
        <h1>{title}</h1>
        <Insights />
      </main>
    </Layout>
  );
}
