/**
 * The handout PDF: one page that fits A4 and US Letter, the source page's text under its headings
 * (placeholder text here: the handout never writes content of its own), and the QR codes with
 * their short addresses; a page too long for one sheet fails loudly instead of losing text.
 */
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { handoutFooter, handoutSubtitle, QR_TARGETS, qrCaption, sectionsOf } from '../../../src/plugins/handout';
import { DOCS_TRANSLATIONS_FILE, translationMessages } from '../../../src/plugins/translations/messages';
import { buildHandoutPdf, HANDOUT_PAGE } from '../../../src/plugins/handout/layout';
import { handoutFor, hasOwnHandout } from '../../../src/shared/handout';

const A4 = { width: 595.28, height: 841.89 };
const LETTER = { width: 612, height: 792 };

const page = {
  path: '/docs/at-a-glance',
  title: 'Placeholder at a glance',
  blocks: [
    { id: 'lead', text: 'Lead paragraph of the placeholder page, with “quotes” and an é.', headings: [] },
    { id: 'one', text: 'First item under the first heading.', headings: ['First heading'] },
    { id: 'two', text: 'Second item under the first heading.', headings: ['First heading'] },
    { id: 'three', text: 'An item under the second heading: ≥ is folded.', headings: ['Second heading'] },
  ],
};

async function qr(address: string) {
  return {
    png: await QRCode.toBuffer(address, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: 360 }),
    label: address.replace(/^https:\/\//, ''),
    caption: 'This page, online',
  };
}

describe('the handout PDF', () => {
  it('captions each QR code in the site’s language, with the labels its sidebar and panel use', () => {
    const messages = (locale: string) => ({
      ...translationMessages('.', locale, DOCS_TRANSLATIONS_FILE),
      ...translationMessages('.', locale, 'code.json'),
    });
    expect(QR_TARGETS.map((target) => qrCaption(target, {}))).toEqual([
      'This page, online',
      'Definition',
      'Guiding principles',
      'Enabling environment',
      'Roadmap',
    ]);
    expect(QR_TARGETS.map((target) => qrCaption(target, messages('fr')))).toEqual([
      'Cette page',
      'Définition',
      'Principes directeurs',
      'Environnement favorable',
      'Feuille de route',
    ]);
    // Every caption is translated in every language with a handout of its own.
    for (const locale of ['fr', 'es'])
      for (const target of QR_TARGETS) expect(messages(locale)[target.translationId], locale).toBeDefined();
  });

  it('groups blocks under their nearest heading', () => {
    expect(sectionsOf(page).map((s) => [s.heading, s.paragraphs.length])).toEqual([
      ['', 1],
      ['First heading', 2],
      ['Second heading', 1],
    ]);
  });

  it('is one page that fits both A4 and US Letter, with the text and the QR addresses', async () => {
    const bytes = await buildHandoutPdf({
      title: page.title,
      subtitle: 'Our summary, not the official text.',
      sections: sectionsOf(page),
      qrCodes: [
        await qr('https://framework.example.org/s/at-a-glance'),
        await qr('https://framework.example.org/s/definition'),
      ],
      footer: 'framework.example.org/s/at-a-glance · built 2026-11-30',
    });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect({ width, height }).toEqual(HANDOUT_PAGE);
    expect(width).toBeLessThanOrEqual(Math.min(A4.width, LETTER.width));
    expect(height).toBeLessThanOrEqual(Math.min(A4.height, LETTER.height));

    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    for (const expected of [
      'Placeholder at a glance',
      'First heading',
      'Second item under the first heading.',
      '“quotes” and an é',
      'framework.example.org/s/at-a-glance',
      'framework.example.org/s/definition',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('folded');
  });

  it('embeds QR codes that decode to the printed addresses', async () => {
    const code = await qr('https://framework.example.org/s/roadmap');
    const image = PNG.sync.read(Buffer.from(code.png));
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(
      'https://framework.example.org/s/roadmap',
    );
    const bytes = await buildHandoutPdf({
      title: 't',
      subtitle: 's',
      sections: [],
      qrCodes: [code, code],
      footer: 'f',
    });
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw.match(/\/Subtype \/Image/g)).toHaveLength(2);
  });

  it('fails instead of dropping text when the page cannot fit one sheet', async () => {
    const long = Array.from(
      { length: 400 },
      (_, i) => `Placeholder paragraph number ${i} with a few more words in it.`,
    );
    await expect(
      buildHandoutPdf({
        title: 't',
        subtitle: 's',
        sections: [{ heading: 'h', paragraphs: long }],
        qrCodes: [],
        footer: 'f',
      }),
    ).rejects.toThrow(/does not fit one page/);
  });
});

describe('the handout’s subtitle', () => {
  const french = {
    'fw.i18n.translated.title': 'Traduction non officielle',
    'fw.i18n.translated.notice': 'du résumé en anglais rédigé par ce site.',
  };

  it('says what a translated page is with the words of its translation notice', () => {
    expect(handoutSubtitle('Site', french, true)).toBe(
      'Site: Traduction non officielle du résumé en anglais rédigé par ce site.',
    );
  });

  it('says the summary is not the official text on the English site and over English text', () => {
    const english = handoutSubtitle('Site', {}, false);
    expect(english).toContain("not the Framework's official text");
    expect(handoutSubtitle('Site', french, false)).toBe(english);
    // A locale without the notice's words keeps the English line rather than half a sentence.
    expect(handoutSubtitle('Site', { 'fw.i18n.translated.title': 'Traduction non officielle' }, true)).toBe(english);
  });
});

describe('the handout’s footer', () => {
  const day = new Date('2026-11-30T23:59:00Z');

  it('says where the page is and when the handout was made, in the handout’s language', () => {
    expect(handoutFooter('example.org/s/at-a-glance', day, {})).toBe('example.org/s/at-a-glance · built 2026-11-30');
    const french = JSON.parse(readFileSync('i18n/fr/code.json', 'utf8')) as Record<string, { message: string }>;
    const messages = Object.fromEntries(Object.entries(french).map(([id, entry]) => [id, entry.message]));
    expect(handoutFooter('example.org/fr/s/at-a-glance', day, messages)).toBe(
      'example.org/fr/s/at-a-glance · version du 2026-11-30',
    );
  });

  it('has its wording in every language with a handout of its own', () => {
    for (const locale of ['fr', 'es']) {
      const messages = JSON.parse(readFileSync(`i18n/${locale}/code.json`, 'utf8')) as Record<
        string,
        { message: string }
      >;
      expect(messages['handout.footer']?.message, locale).toMatch(/\{address\}.*\{date\}/);
    }
  });

  it('prints an address holding a placeholder as it is', () => {
    expect(handoutFooter('example.org/{date}', day, {})).toBe('example.org/{date} · built 2026-11-30');
  });
});

describe('which languages have a handout of their own', () => {
  it('is those in the Latin script, which the handout’s fonts set; the others link the English one', () => {
    expect(['en', 'fr', 'es', 'ar', 'xx'].map(hasOwnHandout)).toEqual([true, true, true, false, false]);
    expect(handoutFor('fr', '/')).toEqual({ path: '/fr/handouts/framework-at-a-glance.pdf', locale: 'fr' });
    expect(handoutFor('en', '/')).toEqual({ path: '/handouts/framework-at-a-glance.pdf', locale: 'en' });
    expect(handoutFor('ar', '/')).toEqual({ path: '/handouts/framework-at-a-glance.pdf', locale: 'en' });
    expect(handoutFor('ar', '/kb/').path).toBe('/kb/handouts/framework-at-a-glance.pdf');
  });
});
