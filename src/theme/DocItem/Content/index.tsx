/** Wraps the doc body: provenance banner above, sources and related pages below. */
import React, { type ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import PageProvenance from '@site/src/components/PageProvenance';
import PageReferences from '@site/src/components/PageReferences';
import { useGraphPage } from '@site/src/components/useContentGraph';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const { metadata } = useDoc();
  const page = useGraphPage(metadata.id);
  return (
    <>
      {page && <PageProvenance provenance={page.provenance} />}
      <Content {...props} />
      {page && <PageReferences page={page} />}
    </>
  );
}
