/**
 * The public comment-response table: paragraph (id, first words, link), comment (with its language
 * when it is not this page's), stakeholder type, disposition and response, for one Framework page or the whole site, with filters (page,
 * stakeholder type, focus, comment type, disposition, round) kept in the URL
 * (so a filtered table can be linked and shared). Only approved public comments appear; comments
 * for the editors only are counted, never shown.
 */
import React, { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import '@site/src/client/codeTranslations/feedback';
import '@site/src/client/codeTranslations/comments';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluralForm } from '@docusaurus/theme-common';
import { useHistory, useLocation } from '@docusaurus/router';
import { fetchResponses, filterFromSearch, filterQuery } from '@site/src/client/feedback/api';
import type { FeedbackFilter, ResponsesResponse } from '@site/src/shared/feedback';
import { languageName } from '../Comments/languageName';
import {
  commentTypeKeys,
  commentTypeLabel,
  focusKeys,
  focusLabel,
  stakeholderKeys,
  stakeholderLabel,
} from '../Comments/labels';
import SafeHtml from '../Comments/SafeHtml';
import { dispositionKeys, dispositionLabel, undecidedLabel } from './labels';
import styles from './styles.module.css';
import { explainThrown, type ShownText } from '../Comments/errorMessage';
import { ShownMessages } from '../Comments/ShownMessage';

type FilterKey = keyof FeedbackFilter;

export default function ResponseTable(): ReactNode {
  const id = useId();
  const location = useLocation();
  const history = useHistory();
  const { selectMessage } = usePluralForm();
  const filter = filterFromSearch(location.search);
  const pageLanguage = useDocusaurusContext().i18n.currentLocale;
  const [data, setData] = useState<ResponsesResponse | null>(null);
  const [rows, setRows] = useState<ResponsesResponse['rows']>([]);
  const [error, setError] = useState<ShownText[] | null>(null);

  // The filters of the rows on screen (set when they arrive), and those of a "Show more" request on
  // its way: rows asked for under other filters, or a second click's copy of the same rows, are not
  // appended, and "Show more" pressed before a new filter's rows arrived asks for nothing (its
  // offset would count the old table's rows).
  const shownSearch = useRef<string | null>(null);
  const fetchingMore = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    // Until the new filters' rows arrive, the rows on screen are no table to add to.
    shownSearch.current = null;
    setError(null);
    fetchResponses(filterFromSearch(location.search))
      .then((answer) => {
        if (!live) return;
        shownSearch.current = location.search;
        setData(answer);
        setRows(answer.rows);
      })
      .catch((caught: unknown) => live && setError(explainThrown(caught)));
    return () => {
      live = false;
    };
  }, [location.search]);

  const setFilter = (key: FilterKey, value: string) => {
    const next = { ...filter, [key]: value || undefined } as FeedbackFilter;
    history.replace({ pathname: location.pathname, search: filterQuery(next) });
  };

  async function more() {
    const search = location.search;
    if (!data || shownSearch.current !== search || fetchingMore.current === search) return;
    fetchingMore.current = search;
    setError(null);
    try {
      const answer = await fetchResponses(filter, rows.length);
      if (shownSearch.current === search) setRows((current) => [...current, ...answer.rows]);
    } catch (caught) {
      if (shownSearch.current === search) setError(explainThrown(caught));
    } finally {
      if (fetchingMore.current === search) fetchingMore.current = null;
    }
  }

  const select = (key: FilterKey, label: string, options: [string, string][]) => (
    <label>
      {label}
      <select value={filter[key] ?? ''} onChange={(e) => setFilter(key, e.target.value)}>
        <option value="">{translate({ id: 'feedback.filter.all', message: 'All' })}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );

  // The pages with published comments; a page linked to before it had any stays choosable.
  const pageOptions: [string, string][] = (data?.pages ?? []).map((p) => [p.path, p.title]);
  if (filter.page && !pageOptions.some(([path]) => path === filter.page))
    pageOptions.unshift([filter.page, data?.pageTitle ?? filter.page]);

  const title = filter.page
    ? translate(
        { id: 'feedback.responses.pageTitle', message: 'Comment–response table: {page}' },
        { page: data?.pageTitle ?? filter.page },
      )
    : translate({ id: 'feedback.responses.siteTitle', message: 'Comment–response table: the whole Framework' });

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <form
        className={styles.filters}
        onSubmit={(e) => e.preventDefault()}
        aria-label={translate({ id: 'feedback.filter.label', message: 'Filter the table' })}>
        {select('page', translate({ id: 'feedback.filter.page', message: 'Page' }), pageOptions)}
        {select(
          'stakeholder',
          translate({ id: 'feedback.filter.stakeholder', message: 'Stakeholder type' }),
          stakeholderKeys.map((k) => [k, stakeholderLabel(k)]),
        )}
        {select(
          'focus',
          translate({ id: 'feedback.filter.focus', message: 'Focus' }),
          focusKeys.map((k) => [k, focusLabel(k)]),
        )}
        {select(
          'commentType',
          translate({ id: 'feedback.filter.commentType', message: 'Comment type' }),
          commentTypeKeys.map((k) => [k, commentTypeLabel(k)]),
        )}
        {select('disposition', translate({ id: 'feedback.filter.disposition', message: 'Disposition' }), [
          ...dispositionKeys.map((k): [string, string] => [k, dispositionLabel(k)]),
          ['none', undecidedLabel()],
        ])}
        {select('round', translate({ id: 'feedback.filter.round', message: 'Consultation round' }), [
          ...(data?.rounds ?? []).map((r): [string, string] => [r.id, r.name]),
          ['none', translate({ id: 'feedback.filter.noRound', message: 'Outside any round' })],
        ])}
      </form>
      <p role="status" className={styles.muted}>
        {data &&
          `${selectMessage(
            data.total,
            translate(
              {
                id: 'feedback.responses.count',
                description: 'Plural forms separated by |, in the order of the locale’s plural categories',
                message: 'One published comment matches.|{total} published comments match.',
              },
              { total: String(data.total) },
            ),
          )} ${translate(
            { id: 'feedback.responses.editorsCount', message: 'Comments for the editors only that match: {editors}.' },
            { editors: String(data.editorsOnly) },
          )}`}
      </p>
      {error && (
        <p className={styles.error} role="alert">
          <ShownMessages shown={error} />
        </p>
      )}
      {data === null && !error && <p>{translate({ id: 'feedback.loading', message: 'Loading…' })}</p>}
      {data && rows.length > 0 && (
        <div className={styles.tableWrap}>
          <table className={styles.table} aria-labelledby={`${id}-title`}>
            <thead>
              <tr>
                <th scope="col">{translate({ id: 'feedback.col.paragraph', message: 'Paragraph' })}</th>
                <th scope="col">{translate({ id: 'feedback.col.comment', message: 'Comment' })}</th>
                <th scope="col">{translate({ id: 'feedback.col.stakeholder', message: 'Stakeholder type' })}</th>
                <th scope="col">{translate({ id: 'feedback.col.disposition', message: 'Disposition' })}</th>
                <th scope="col">{translate({ id: 'feedback.col.response', message: 'Response' })}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    {/* Link adds the site's base URL: on /ar/responses, the paragraph on /ar/docs/…. */}
                    <Link to={`${row.page}#${row.paragraphId}`}>
                      <code>{row.paragraphId}</code>
                    </Link>
                    {!filter.page && <div className={styles.muted}>{row.pageTitle}</div>}
                    <div dir="auto">{row.paragraphStart}</div>
                  </td>
                  <td dir="auto">
                    {row.quote && <blockquote dir="auto">{row.quote}</blockquote>}
                    <div lang={row.language}>
                      <SafeHtml html={row.bodyHtml} />
                    </div>
                    {row.language !== pageLanguage && (
                      // Every language's page shares one table: name a language other than this page's
                      // (the site's BCP 47 tags are its locale codes).
                      <span className="fw-badge">
                        {translate(
                          { id: 'comments.comment.language', message: 'Written in {language}' },
                          { language: languageName(row.language) },
                        )}
                      </span>
                    )}
                  </td>
                  <td>
                    {stakeholderLabel(row.stakeholder)}
                    {row.organisation ? (
                      <>
                        , <bdi>{row.organisation}</bdi>
                      </>
                    ) : null}
                  </td>
                  <td>{row.disposition ? dispositionLabel(row.disposition.disposition) : undecidedLabel()}</td>
                  <td dir="auto" className={styles.response}>
                    {row.disposition?.response ?? ''}
                    {row.disposition?.release ? ` (${row.disposition.release})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && rows.length < data.total && (
        <button type="button" className="button button--secondary" onClick={() => void more()}>
          {translate({ id: 'feedback.responses.more', message: 'Show more' })}
        </button>
      )}
      {data && (
        <p>
          <a href={`/api/exports${filterQuery({ ...filter }, { format: 'csv' })}`} download>
            {translate({ id: 'feedback.responses.csv', message: 'Download this table (CSV)' })}
          </a>
          {' · '}
          <a href={`/api/exports${filterQuery({ ...filter }, { format: 'iso-xlsx' })}`} download>
            {translate({ id: 'feedback.responses.iso', message: 'ISO/IEC commenting template (.xlsx)' })}
          </a>
          {' · '}
          <a href="/annotations/">{translate({ id: 'feedback.responses.w3c', message: 'W3C Web Annotations' })}</a>
        </p>
      )}
    </section>
  );
}
