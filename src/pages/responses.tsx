/**
 * /responses: the public comment-response table for the whole Framework, or for one page with
 * `?page=/docs/…`; filters live in the URL.
 */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import BrowserOnly from '@docusaurus/BrowserOnly';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/feedback';
import ResponseTable from '@site/src/components/Feedback/ResponseTable';

export default function Responses(): ReactNode {
  const title = translate({ id: 'feedback.responses.title', message: 'What became of the comments' });
  return (
    <Layout
      title={title}
      description={translate({
        id: 'feedback.responses.description',
        message: 'Published comments on the Framework, with the editors’ disposition and response.',
      })}>
      <main className="container margin-vert--lg fw-underline-links">
        <h1>{title}</h1>
        <p>
          {translate({
            id: 'feedback.responses.intro',
            message:
              'Each published comment with the editors’ decision on it: accepted, partly accepted, not accepted, noted, out of scope or a duplicate, and their response.',
          })}
        </p>
        <BrowserOnly fallback={<p>{translate({ id: 'feedback.needsJs', message: 'This table needs JavaScript.' })}</p>}>
          {() => <ResponseTable />}
        </BrowserOnly>
      </main>
    </Layout>
  );
}
