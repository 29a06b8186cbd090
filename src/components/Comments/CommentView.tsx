/**
 * One comment: who wrote it and from where, its focus and type, the quoted passage, the body
 * (through the client sanitiser), the proposed wording and the date. Every field except the body
 * is a React text node; user text sits in `dir="auto"` / <bdi> so right-to-left overrides cannot
 * reorder the text around it. The reader's own comments show their status and edit / delete.
 */
import React, { type MouseEvent, type ReactNode, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/comments';
import type { PublicAnnotation } from '@site/src/shared/annotations';
import type { Placement } from '@site/src/client/comments/anchoring/placement';
import DispositionNote from '../Feedback/DispositionNote';
import OwnCommentActions from './OwnCommentActions';
import SafeHtml from './SafeHtml';
import { commentTypeLabel, focusLabel, formatDate, stakeholderLabel, statusLabel, visibilityLabel } from './labels';
import styles from './styles.module.css';
import { DEFAULT_LOCALE, localeOfHtmlLang } from '@site/src/shared/locales';
import { languageName, listSeparator } from './languageName';

interface Props {
  annotation: PublicAnnotation;
  own: boolean;
  /** Show the quoted passage (top-level comments on a passage). */
  showQuote?: boolean;
  placement?: Placement;
  /** The page path, for the comment's permalink. */
  page?: string;
  /** A permalink points at this comment: highlighted, and focusable (the panel moves focus to it). */
  focused?: boolean;
}

/** The fragment of a comment's permalink (`/docs/page#comment-<id>` opens the panel on it). */
export const commentFragment = (id: string): string => `comment-${id}`;

/** One comment with all its fields, as text. */
export default function CommentView({ annotation, own, showQuote, placement, page, focused }: Props): ReactNode {
  const [editing, setEditing] = useState(false);
  // Whether an edit form was closed here: its buttons then take the focus back (OwnCommentActions).
  const [editClosed, setEditClosed] = useState(false);
  const [copied, setCopied] = useState(false);
  const published = annotation.status === 'approved' && annotation.visibility === 'public';

  async function copyLink(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    const url = new URL(event.currentTarget.href, window.location.href).toString();
    history.replaceState(history.state, '', url);
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // Refused: the address bar has the link.
    }
    setCopied(true);
  }
  const { authorName, organisation, country } = annotation;
  const language = annotation.language ?? DEFAULT_LOCALE;
  const pageLanguage = localeOfHtmlLang(document.documentElement.lang);
  const quoteText = annotation.target.quote?.exact;
  const changed = placement && placement.kind !== 'orphan' && placement.textChanged;
  return (
    <article
      id={commentFragment(annotation.id)}
      tabIndex={focused ? -1 : undefined}
      className={`${styles.comment} ${focused ? styles.focusedComment : ''}`}
      aria-label={translate({ id: 'comments.comment.label', message: 'Comment by {name}' }, { name: authorName })}>
      <header className={styles.meta}>
        <bdi className={styles.author}>{authorName}</bdi>
        <span>
          {stakeholderLabel(annotation.stakeholder)}
          {organisation ? (
            <>
              {listSeparator()}
              <bdi>{organisation}</bdi>
            </>
          ) : null}
          {country ? (
            <>
              {listSeparator()}
              <bdi>{country}</bdi>
            </>
          ) : null}
        </span>
        <time dateTime={annotation.createdAt}>{formatDate(annotation.createdAt)}</time>
        {own && annotation.status !== 'approved' && (
          <span className="fw-badge fw-badge--attention">{statusLabel(annotation.status)}</span>
        )}
        {annotation.visibility === 'editors' && <span className="fw-badge">{visibilityLabel('editors')}</span>}
        {language !== pageLanguage && (
          // Comments are shared by every language's page: say which one this was written in, all in
          // the page's language (the language's name too: "Written in French", « Écrit en anglais »).
          <span className="fw-badge">
            {translate(
              { id: 'comments.comment.language', message: 'Written in {language}' },
              { language: languageName(language) },
            )}
          </span>
        )}
        {own && annotation.editPending && (
          <span className="fw-badge fw-badge--attention">
            {translate({ id: 'comments.comment.editPending', message: 'Your edit awaits moderation' })}
          </span>
        )}
      </header>
      <p className={styles.tags}>
        {/* The side event's focus areas are optional. The service stores 'general' for a comment
            sent without one (src/server/annotations.ts), and the form offers no other way to say
            "general": so only a focus area (a) to (c) gets a "Focus:" line. */}
        {annotation.focus && annotation.focus !== 'general' && (
          <span>
            {translate({ id: 'comments.field.focus.short', message: 'Focus:' })} {focusLabel(annotation.focus)}
          </span>
        )}
        <span>
          {translate({ id: 'comments.field.type.short', message: 'Type:' })} {commentTypeLabel(annotation.commentType)}
        </span>
      </p>
      {showQuote && quoteText && (
        <blockquote className={styles.quote} dir="auto">
          {quoteText}
        </blockquote>
      )}
      {changed && (
        <p className={styles.note}>
          {translate({
            id: 'comments.comment.textChanged',
            message: 'The text has changed since this comment was written.',
          })}
        </p>
      )}
      {editing ? (
        <OwnCommentActions
          annotation={annotation}
          editing
          onDone={() => {
            setEditing(false);
            setEditClosed(true);
          }}
        />
      ) : (
        <>
          <div className={styles.body} dir="auto" lang={language}>
            <SafeHtml html={annotation.bodyHtml} />
          </div>
          {annotation.proposedWording && (
            <div className={styles.proposed}>
              <p className={styles.proposedLabel}>
                {translate({ id: 'comments.field.proposedWording.short', message: 'Proposed wording' })}
              </p>
              <p dir="auto" lang={language} className={styles.proposedText}>
                {annotation.proposedWording}
              </p>
            </div>
          )}
          {annotation.disposition && <DispositionNote disposition={annotation.disposition} />}
          {own && annotation.editPending && (
            <p className={styles.note}>
              {translate({
                id: 'comments.comment.editPendingNote',
                message: 'Others still see the published version until an editor approves your edit.',
              })}
            </p>
          )}
          {page && published && (
            <p className={styles.permalink}>
              <a href={`${page}#${commentFragment(annotation.id)}`} onClick={(event) => void copyLink(event)}>
                {translate({ id: 'comments.comment.link', message: 'Link to this comment' })}
              </a>
              {copied && (
                <span role="status" className={styles.copied}>
                  {translate({ id: 'permalinks.copied', message: 'Link copied' })}
                </span>
              )}
            </p>
          )}
          {own && (
            <OwnCommentActions
              annotation={annotation}
              editing={false}
              onEdit={() => setEditing(true)}
              returnFocus={editClosed}
            />
          )}
        </>
      )}
    </article>
  );
}
