/**
 * The 404 page's content (swizzled from the classic theme): says the page is not here, offers a
 * search (the site's /search page, which works offline) and the Framework's four components, in the
 * reader's language as on the home page. It names itself in the tab title too: the docs plugin
 * answers an unknown `/docs/…` address with this content alone, and the title would otherwise
 * become the site's name, so a screen reader would announce no error.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import { PageMetadata } from '@docusaurus/theme-common';
import { FRAMEWORK_COMPONENTS } from '@site/src/components/HomeComponents/components';
import { componentText } from '@site/src/components/HomeComponents/labels';

export default function NotFoundContent({ className }: { className?: string }): ReactNode {
  return (
    <main className={`container margin-vert--xl fw-underline-links ${className ?? ''}`}>
      <PageMetadata title={translate({ id: 'theme.NotFound.title', message: 'Page Not Found' })} />
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1">
            <Translate id="notFound.title">This page is not here</Translate>
          </Heading>
          <p>
            <Translate id="notFound.text">
              The address may be mistyped, or the page may have moved. Search the site, or start from one of the
              Framework’s four components.
            </Translate>
          </p>
          <form action="/search" method="get" role="search" className="margin-bottom--lg">
            <label htmlFor="fw-not-found-search" className="margin-right--sm">
              <Translate id="notFound.searchLabel">Search the site</Translate>
            </label>
            <input id="fw-not-found-search" type="search" name="q" className="margin-right--sm fw-not-found-search" />
            <button type="submit" className="button button--primary button--sm">
              {translate({ id: 'notFound.searchButton', message: 'Search' })}
            </button>
          </form>
          <Heading as="h2">
            <Translate id="notFound.components">The four components</Translate>
          </Heading>
          <ul>
            {FRAMEWORK_COMPONENTS.map((data) => ({ ...data, ...componentText(data.to) })).map((component) => (
              <li key={component.to}>
                <Link to={component.to}>{component.title}</Link>: {component.summary}
              </li>
            ))}
          </ul>
          <p>
            <Link to="/">
              <Translate id="notFound.home">Home page</Translate>
            </Link>
          </p>
        </div>
      </div>
    </main>
  );
}
