/** Home: what the Framework is, its four components as entry points, its status and sources. */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';

export default function Home(): ReactNode {
  return (
    <Layout title="Home" description="Reference knowledge base for the Copenhagen Framework on Citizen Data.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Copenhagen Framework on Citizen Data</Heading>
        <p>Placeholder home.</p>
        <Link to="/docs/definition">Definition</Link>
      </main>
    </Layout>
  );
}
