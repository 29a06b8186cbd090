/**
 * A QR code of one of this site's addresses, drawn by the service (`/api/qr`, the `qrcode`
 * library), with the address in text beside it and downloads as SVG (for print and slides that
 * scale) and PNG (a slide-ready 1200 px image).
 */
import React, { type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { qrImageUrl, SLIDE_SIZE } from './qrUrl';
import styles from './styles.module.css';

export interface QrCodeProps {
  /** A path on this site, e.g. `/p/definition-who` or `/event/2024-02-26/input?focus=a`. */
  path: string;
  /** What the code leads to, for the image's text alternative (e.g. "giving input on focus area (a)"). */
  purpose: string;
  /** Displayed size in CSS pixels. */
  size?: number;
  /** Larger address text, for projection. */
  large?: boolean;
}

/** The absolute URL of a site path, as the QR code encodes it. */
export function useAbsoluteUrl(path: string): string {
  const { siteConfig } = useDocusaurusContext();
  return `${siteConfig.url.replace(/\/+$/, '')}${path}`;
}

export default function QrCode({ path, purpose, size = 160, large = false }: QrCodeProps): ReactNode {
  const url = useAbsoluteUrl(path);
  const alt = translate({ id: 'qr.alt', message: 'QR code for {purpose}: {url}' }, { purpose, url });
  return (
    <figure className={styles.qr}>
      <img src={qrImageUrl(path, 'svg')} alt={alt} width={size} height={size} className={styles.image} />
      <figcaption className={styles.caption}>
        <span className={large ? styles.urlLarge : styles.url}>{url.replace(/^https?:\/\//, '')}</span>
        <span className={styles.downloads}>
          <a href={qrImageUrl(path, 'svg', { download: true })} download>
            <Translate id="qr.downloadSvg">Download SVG</Translate>
          </a>
          <a href={qrImageUrl(path, 'png', { download: true, size: SLIDE_SIZE })} download>
            <Translate id="qr.downloadPng">Download PNG for slides</Translate>
          </a>
        </span>
      </figcaption>
    </figure>
  );
}
