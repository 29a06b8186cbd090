/**
 * The costly part of "Share or cite" (Body.tsx has the select of what to cite): for the page or
 * the chosen paragraph, the short link, a citation as plain text, BibTeX and CSL-JSON (each copied
 * with one click), and a QR code as SVG or PNG. A chunk of its own (lazyPanel.ts), rendered after
 * the select so that a Tab pressed at once lands on the select, not past a body still drawing.
 *
 * Citations are built in the browser (shared/citation.ts) on opening, because the date accessed
 * is the reader's, not the build's.
 */
import React, { useCallback, useId, useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { bibtexCitation, cslJsonCitation, plainTextCitation, type CitationInput } from '@site/src/shared/citation';
import { shortBlockPath, shortPagePath } from '@site/src/shared/shortLinks';
import { announce } from '@site/src/client/announce';
import QrCode from '@site/src/components/Qr';
import type { CiteThisProps } from './index';
import styles from './styles.module.css';

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

/** The citations and the QR code of `target` (a paragraph id, or '' for the page). Browser only. */
export default function CiteThisPanel({
  pageTitle,
  pagePath,
  locale,
  target,
}: CiteThisProps & { target: string }): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  // The date of opening: the panel mounts when the disclosure opens.
  const [accessed] = useState(() => new Date());

  // In the language of the text cited: `/fr/p/<id>` lands on the French page.
  const shortPath = target ? shortBlockPath(target, locale) : shortPagePath(pagePath, locale);
  const origin = siteConfig.url.replace(/\/+$/, '');
  const input: CitationInput = {
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
      paragraphNote: translate({
        id: 'cite.format.paragraphNote',
        message: 'Paragraph {id}',
        description: 'The note of a BibTeX or CSL-JSON citation naming the paragraph; {id} kept as a placeholder',
      }),
      accessedNote: translate({
        id: 'cite.format.accessedNote',
        message: 'Accessed {date}',
        description: 'The note of a BibTeX citation saying when it was read; {date} is an ISO date (2026-11-30)',
      }),
    },
  };
  // Children of Body.tsx's grid, after the select.
  return (
    <>
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
    </>
  );
}
