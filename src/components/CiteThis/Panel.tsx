/**
 * The body of "Share or cite" (index.tsx), loaded when a reader first opens the disclosure: for
 * the page or any of its paragraphs, the short link, a citation as plain text, BibTeX and
 * CSL-JSON (each copied with one click), and a QR code as SVG or PNG. The paragraph in the
 * address's fragment is chosen on opening, so the permalink flow (click a paragraph's link, then
 * "Share or cite") leads straight to it.
 *
 * Citations are built in the browser (shared/citation.ts) on opening, because the date accessed
 * is the reader's, not the build's.
 */
import React, { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { BLOCK_SELECTOR, BLOCK, NON_TEXT_SELECTOR } from '@site/src/shared/blocks';
import { bibtexCitation, cslJsonCitation, plainTextCitation, type CitationInput } from '@site/src/shared/citation';
import { shortBlockPath, shortPagePath } from '@site/src/shared/shortLinks';
import { announce } from '@site/src/client/announce';
import QrCode from '@site/src/components/Qr';
import type { CiteThisProps } from './index';
import styles from './styles.module.css';

interface ParagraphChoice {
  id: string;
  excerpt: string;
}

/** The page's paragraphs, from the rendered blocks (browser only). */
function readParagraphs(): ParagraphChoice[] {
  return Array.from(document.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)).map((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(NON_TEXT_SELECTOR).forEach((node) => node.remove());
    const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    return { id: element.getAttribute(BLOCK.idAttribute)!, excerpt: text.length > 70 ? `${text.slice(0, 69)}…` : text };
  });
}

/** Copies text; falls back to selecting it when the Clipboard API is refused. */
async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    fallback?.select();
    return document.execCommand?.('copy') ?? false;
  }
}

function CitationField({ label, value, copyLabel }: { label: string; value: string; copyLabel: string }): ReactNode {
  const id = useId();
  const [area, setArea] = useState<HTMLTextAreaElement | null>(null);
  const onCopy = useCallback(async () => {
    const ok = await copyText(value, area);
    announce(
      ok
        ? translate({ id: 'cite.copied', message: 'Copied to the clipboard.' })
        : translate({ id: 'cite.copyFailed', message: 'Could not copy: the text is selected, copy it with Ctrl+C.' }),
    );
  }, [value, area]);
  return (
    <div className={styles.field}>
      <div className={styles.fieldHeader}>
        <label htmlFor={id}>{label}</label>
        <button type="button" className="button button--sm button--secondary" onClick={onCopy}>
          {copyLabel}
        </button>
      </div>
      <textarea id={id} ref={setArea} readOnly value={value} rows={Math.min(9, value.split('\n').length + 1)} />
    </div>
  );
}

/** The panel: what to cite, the four citation forms, the QR code. Browser only. */
export default function CiteThisPanel({ pageTitle, pagePath, locale }: CiteThisProps): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const [paragraphs, setParagraphs] = useState<ParagraphChoice[]>([]);
  const [target, setTarget] = useState('');
  const [accessed, setAccessed] = useState<Date | null>(null);
  const selectId = useId();

  useEffect(() => {
    const found = readParagraphs();
    setParagraphs(found);
    setAccessed(new Date());
    let fragment = '';
    try {
      fragment = decodeURIComponent(window.location.hash.slice(1));
    } catch {
      // An undecodable fragment names no paragraph.
    }
    setTarget(found.some((p) => p.id === fragment) ? fragment : '');
  }, []);

  // In the language of the text cited: `/fr/p/<id>` lands on the French page.
  const shortPath = target ? shortBlockPath(target, locale) : shortPagePath(pagePath, locale);
  const origin = siteConfig.url.replace(/\/+$/, '');
  const input: CitationInput | null = accessed && {
    siteTitle: siteConfig.title,
    pageTitle,
    paragraphId: target || undefined,
    url: `${origin}${shortPath}`,
    accessed,
    wording: {
      paragraphTitle: translate({
        id: 'cite.format.paragraphTitle',
        message: '{title}, paragraph {id}',
        description: 'A cited paragraph: the page title and the paragraph id, kept as placeholders',
      }),
      plainText: translate({
        id: 'cite.format.plainText',
        message: '{title}. In: {site}. {url} (accessed {date}).',
        description: 'The plain-text citation; {date} is an ISO date (2026-11-30)',
      }),
    },
  };
  if (!input) return null;
  return (
    <div className={styles.body}>
      <label htmlFor={selectId}>
        <Translate id="cite.what">What to share or cite</Translate>
      </label>
      <select id={selectId} value={target} onChange={(event) => setTarget(event.target.value)}>
        <option value="">{translate({ id: 'cite.wholePage', message: 'This page' })}</option>
        {paragraphs.map((p) => (
          <option key={p.id} value={p.id}>
            {translate({ id: 'cite.paragraphOption', message: 'Paragraph {id}: {excerpt}' }, p)}
          </option>
        ))}
      </select>
      <CitationField
        label={translate({ id: 'cite.shortLink', message: 'Short link' })}
        value={input.url}
        copyLabel={translate({ id: 'cite.copyLink', message: 'Copy link' })}
      />
      <CitationField
        label={translate({ id: 'cite.plain', message: 'Citation (plain text)' })}
        value={plainTextCitation(input)}
        copyLabel={translate({ id: 'cite.copyPlain', message: 'Copy citation' })}
      />
      <CitationField
        label="BibTeX"
        value={bibtexCitation(input)}
        copyLabel={translate({ id: 'cite.copyBibtex', message: 'Copy BibTeX' })}
      />
      <CitationField
        label="CSL-JSON"
        value={cslJsonCitation(input)}
        copyLabel={translate({ id: 'cite.copyCsl', message: 'Copy CSL-JSON' })}
      />
      <QrCode
        path={shortPath}
        purpose={
          target
            ? translate({ id: 'cite.qrParagraph', message: 'this paragraph' })
            : translate({ id: 'cite.qrPage', message: 'this page' })
        }
      />
      <p className={styles.note}>
        <Translate id="cite.note">
          This cites this reference site, not the Framework’s official text; the short link keeps working if the page
          moves.
        </Translate>
      </p>
    </div>
  );
}
