/**
 * /insights: where feedback concentrates. The Framework's sections and paragraphs shaded by their
 * number of comments (a table, so the numbers are there for everyone), and charts by stakeholder
 * type, focus, comment type and disposition. Readers see approved public comments; an editor
 * signed in on /moderate (same tab) sees every comment but spam, and the page says which.
 *
 * The map lists only the paragraphs that have comments, unless the reader ticks "Show paragraphs
 * without comments too": every paragraph of every page made about 470 Tab stops (a link per
 * paragraph, most of them with no comment), so a keyboard user could not get past the map, and a
 * screen-reader user heard hundreds of rows of zeros before the few that count. The figures the
 * page exists for are where comments are; the whole list stays one checkbox away, with a link past
 * it. (A table made one Tab stop with arrow keys, an ARIA grid, would hide that its rows are links
 * and is a pattern few readers know; filtering is plainer.)
 */
import React, { type ReactNode, useCallback, useEffect, useId, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import '@site/src/client/codeTranslations/feedback';
import { usePluralForm } from '@docusaurus/theme-common';
import { fetchInsights } from '@site/src/client/feedback/api';
import type { InsightsResponse, Tally } from '@site/src/shared/feedback';
import type { DispositionValue } from '@site/src/shared/feedbackFields';
import {
  commentTypeKeys,
  commentTypeLabel,
  focusKeys,
  focusLabel,
  stakeholderKeys,
  stakeholderLabel,
  type CommentTypeKey,
  type FocusKey,
} from '../Comments/labels';
import type { Stakeholder } from '@site/src/shared/annotationFields';
import BarChart from './BarChart';
import { dispositionKeys, dispositionLabel, undecidedLabel } from './labels';
import styles from './styles.module.css';
import { explainThrown, type ShownText } from '../Comments/errorMessage';
import { ShownMessages } from '../Comments/ShownMessage';

type MapPages = InsightsResponse['pages'];

/** The pages, sections and paragraphs that have at least one comment. */
export function commentedOnly(pages: MapPages): MapPages {
  return pages
    .filter((page) => page.count > 0)
    .map((page) => ({
      ...page,
      sections: page.sections
        .map((section) => ({ ...section, paragraphs: section.paragraphs.filter((paragraph) => paragraph.count > 0) }))
        .filter((section) => section.paragraphs.length > 0),
    }));
}

const paragraphCount = (pages: MapPages): number =>
  pages.reduce(
    (sum, page) => sum + page.sections.reduce((inPage, section) => inPage + section.paragraphs.length, 0),
    0,
  );

/**
 * The map's heading, its summary and the choice between the paragraphs with comments (the default)
 * and all of them; with all of them shown, a link past the tables to their end.
 */
export function CommentMap({ pages }: { pages: MapPages }): ReactNode {
  const [showAll, setShowAll] = useState(false);
  const endId = `${useId()}-end`;
  const commented = commentedOnly(pages);
  return (
    <section aria-labelledby="insights-map">
      <h2 id="insights-map">{translate({ id: 'insights.where', message: 'Where feedback concentrates' })}</h2>
      <p>
        {translate(
          { id: 'insights.map.commented', message: 'Paragraphs with comments: {commented} of {total}.' },
          { commented: String(paragraphCount(commented)), total: String(paragraphCount(pages)) },
        )}
      </p>
      <label className={styles.toggle}>
        <input type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} />
        {translate({ id: 'insights.map.showAll', message: 'Show paragraphs without comments too' })}
      </label>
      {showAll && (
        <a className={styles.skip} href={`#${endId}`}>
          {translate({ id: 'insights.map.skip', message: 'Skip to the end of the paragraph tables' })}
        </a>
      )}
      {!showAll && commented.length === 0 ? (
        <p>{translate({ id: 'insights.map.none', message: 'No paragraph has comments yet.' })}</p>
      ) : (
        <Heat pages={showAll ? pages : commented} />
      )}
      {showAll && (
        <p id={endId} tabIndex={-1} className={styles.muted}>
          {translate({ id: 'insights.map.end', message: 'End of the paragraph tables.' })}
        </p>
      )}
    </section>
  );
}

function Heat({ pages }: { pages: MapPages }): ReactNode {
  const { selectMessage } = usePluralForm();
  const most = Math.max(1, ...pages.flatMap((p) => p.sections.flatMap((s) => s.paragraphs.map((q) => q.count))));
  return (
    <>
      {pages.map((page) => (
        <section key={page.page} aria-labelledby={`heat-${page.page}`}>
          <h3 id={`heat-${page.page}`}>
            {/* Link adds the site's base URL: from /ar/insights, the page on /ar/docs/…. */}
            <Link to={page.page}>{page.title}</Link>{' '}
            <span className={styles.muted}>
              {selectMessage(
                page.count,
                translate(
                  {
                    id: 'insights.pageCount',
                    description: 'Plural forms separated by |, in the order of the locale’s plural categories',
                    message: '(one comment)|({count} comments)',
                  },
                  { count: String(page.count) },
                ),
              )}
            </span>
          </h3>
          {/* A data table may scroll sideways on a phone; the page itself must not (WCAG 1.4.10). */}
          <div className={styles.tableWrap}>
            <table className={styles.table} aria-labelledby={`heat-${page.page}`}>
              <thead>
                <tr>
                  <th scope="col">{translate({ id: 'insights.col.section', message: 'Section' })}</th>
                  <th scope="col">{translate({ id: 'insights.col.paragraph', message: 'Paragraph' })}</th>
                  <th scope="col">{translate({ id: 'insights.col.comments', message: 'Comments' })}</th>
                </tr>
              </thead>
              <tbody>
                {page.sections.flatMap((section) =>
                  section.paragraphs.map((paragraph, index) => (
                    <tr key={`${section.heading}-${paragraph.id}`}>
                      {index === 0 && (
                        <th scope="rowgroup" rowSpan={section.paragraphs.length}>
                          {section.heading || translate({ id: 'insights.lead', message: 'Introduction' })}{' '}
                          <span className={styles.muted}>({section.count})</span>
                        </th>
                      )}
                      <td>
                        <Link to={`${page.page}#${paragraph.id}`}>{paragraph.start || paragraph.id}</Link>
                      </td>
                      <td className={styles.heat} style={{ '--share': paragraph.count / most } as React.CSSProperties}>
                        {paragraph.count}
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}

export default function Insights(): ReactNode {
  const { selectMessage } = usePluralForm();
  const [data, setData] = useState<InsightsResponse | null>(null);
  const [error, setError] = useState<ShownText[] | null>(null);

  useEffect(() => {
    fetchInsights()
      .then(setData)
      .catch((caught: unknown) => setError(explainThrown(caught)));
  }, []);

  const stakeholder = useCallback((t: Tally) => stakeholderLabel(t.key as Stakeholder), []);
  const focus = useCallback((t: Tally) => focusLabel(t.key as FocusKey), []);
  const commentType = useCallback((t: Tally) => commentTypeLabel(t.key as CommentTypeKey), []);
  const disposition = useCallback(
    (t: Tally) => (t.key === 'none' ? undecidedLabel() : dispositionLabel(t.key as DispositionValue)),
    [],
  );

  // Before the figures arrive the charts are laid out with their fixed categories and boxes, so
  // nothing above the fold moves when the numbers come in.
  const placeholder = (keys: readonly string[]): Tally[] => keys.map((key) => ({ key, label: key, count: 0 }));
  const figures = data ?? {
    byStakeholder: placeholder(stakeholderKeys),
    byFocus: placeholder(focusKeys),
    byCommentType: placeholder(commentTypeKeys),
    byDisposition: placeholder([...dispositionKeys, 'none']),
  };
  const loading = data === null;

  if (error) {
    return (
      <p className={styles.error} role="alert">
        <ShownMessages shown={error} />
      </p>
    );
  }
  return (
    <div aria-busy={loading}>
      <p role="status" className={styles.scope}>
        {data === null
          ? translate({ id: 'feedback.loading', message: 'Loading…' })
          : selectMessage(
              data.total,
              data.scope === 'editors'
                ? translate(
                    {
                      id: 'insights.scope.editors',
                      description: 'Plural forms separated by |, in the order of the locale’s plural categories',
                      message:
                        'Editors’ view: the one comment that is not spam, published or not.|Editors’ view: all {total} comments except spam, published or not.',
                    },
                    { total: String(data.total) },
                  )
                : translate(
                    {
                      id: 'insights.scope.public',
                      description: 'Plural forms separated by |, in the order of the locale’s plural categories',
                      message:
                        'Figures count the one published public comment.|Figures count the {total} published public comments.',
                    },
                    { total: String(data.total) },
                  ),
            )}
      </p>
      <h2>{translate({ id: 'insights.charts', message: 'Who commented, on what, and what was decided' })}</h2>
      <div className={styles.charts}>
        <BarChart
          title={translate({ id: 'insights.byStakeholder', message: 'By stakeholder type' })}
          tallies={figures.byStakeholder}
          loading={loading}
          label={stakeholder}
        />
        <BarChart
          title={translate({ id: 'insights.byFocus', message: 'By focus' })}
          tallies={figures.byFocus}
          loading={loading}
          label={focus}
        />
        <BarChart
          title={translate({ id: 'insights.byCommentType', message: 'By comment type' })}
          tallies={figures.byCommentType}
          loading={loading}
          label={commentType}
        />
        <BarChart
          title={translate({ id: 'insights.byDisposition', message: 'By disposition' })}
          tallies={figures.byDisposition}
          loading={loading}
          label={disposition}
        />
      </div>
      {data && <CommentMap pages={data.pages} />}
    </div>
  );
}
