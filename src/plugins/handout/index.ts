/**
 * Docusaurus plugin: after the build, writes the one-page "Framework at a glance" handout
 * (`build/handouts/framework-at-a-glance.pdf`, and each language's under its prefix, for the
 * languages whose script its fonts can set: src/shared/handout.ts) from the built
 * at-a-glance page, with QR codes to the page and the Framework's four components (short links in
 * the handout's language, see shared/shortLinks.ts).
 *
 * The handout's text is the page's own text (read from the built HTML through the block
 * register's extraction, so it matches what readers see), never text of its own: when the page is
 * edited, the next build prints the new wording. A build without the page writes no handout and
 * says so. A translated page's handout says, as the page does, that it is an unofficial
 * translation of this site's English summary, with the page's own notice text (`code.json`).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import logger from '@docusaurus/logger';
import type { LoadContext, Plugin } from '@docusaurus/types';
import QRCode from 'qrcode';
import { registerPage } from '../blockRegister/registerPage';
import { builtFileOf } from '../search/readBuiltPage';
import { HANDOUT_FILE, hasOwnHandout } from '../../shared/handout';
import { shortPagePath } from '../../shared/shortLinks';
import { DOCS_TRANSLATIONS_FILE, translationMessages } from '../translations/messages';
import { TRANSLATED_DOCS_DIR } from '../translations/status';
import type { RegisteredPage } from '../../shared/blockRegister';
import { buildHandoutPdf, type HandoutSection } from './layout';

export const HANDOUT_SOURCE_PAGE = '/docs/at-a-glance';

/**
 * The QR codes: the page itself, then the four components (those the build has). A component's
 * caption is its sidebar category, whose label the docs plugin's translations give in each
 * language (`sidebar.framework.category.<English label>`); the page's own, what "Share or cite"
 * calls it (`cite.wholePage` in code.json).
 */
export const QR_TARGETS: { route: string; caption: string; translationId: string }[] = [
  { route: HANDOUT_SOURCE_PAGE, caption: 'This page, online', translationId: 'cite.wholePage' },
  ...[
    ['/docs/definition', 'Definition'],
    ['/docs/principles', 'Guiding principles'],
    ['/docs/enabling-environment', 'Enabling environment'],
    ['/docs/roadmap', 'Roadmap'],
  ].map(([route, caption]) => ({
    route: route!,
    caption: caption!,
    translationId: `sidebar.framework.category.${caption}`,
  })),
];

/**
 * A QR code's caption in the handout's language, or in English when that language has none.
 * @param messages - the locale's translations, id → message: code.json and the docs plugin's
 *   current.json together (empty on the English site)
 */
export function qrCaption(target: (typeof QR_TARGETS)[number], messages: Readonly<Record<string, string>>): string {
  return messages[target.translationId] ?? target.caption;
}

/** The footer's wording in English; a locale's `handout.footer` in code.json replaces it. */
export const HANDOUT_FOOTER = '{address} · built {date}';

/**
 * The handout's footer line in its language: where the page is online and when the handout was
 * made (ISO 8601 date, the same in every language), e.g. "example.org/s/at-a-glance · built 2026-11-30".
 * @param address - the page's short address, without its scheme
 * @param messages - the locale's code translations, id → message (empty on the English site)
 */
export function handoutFooter(address: string, date: Date, messages: Readonly<Record<string, string>>): string {
  const values: Record<string, string> = { address, date: date.toISOString().slice(0, 10) };
  // One pass, so that an address holding "{date}" is printed as it is.
  return (messages['handout.footer'] ?? HANDOUT_FOOTER).replace(
    /\{(address|date)\}/g,
    (_, name: string) => values[name]!,
  );
}

/** The page's blocks grouped under their nearest heading, in order. */
export function sectionsOf(page: RegisteredPage): HandoutSection[] {
  const sections: HandoutSection[] = [];
  for (const block of page.blocks) {
    const heading = block.headings.at(-1) ?? '';
    const last = sections.at(-1);
    if (last && last.heading === heading) last.paragraphs.push(block.text);
    else sections.push({ heading, paragraphs: [block.text] });
  }
  return sections;
}

/**
 * The line under the handout's title: what the text is. On a translated page, the words of its
 * translation notice (src/components/TranslationNotice: `fw.i18n.translated.*` in code.json).
 *
 * @param messages - the locale's code translations, id → message (empty on the English site)
 * @param translated - whether the page's text is a translation (not the English text shown as is)
 */
export function handoutSubtitle(
  siteTitle: string,
  messages: Readonly<Record<string, string>>,
  translated: boolean,
): string {
  const title = messages['fw.i18n.translated.title'];
  const notice = messages['fw.i18n.translated.notice'];
  if (translated && title && notice) return `${siteTitle}: ${title} ${notice}`;
  return `${siteTitle}: an independent reference site. Our summary in our own words, not the Framework's official text; sources on each page online.`;
}

export default function handoutPlugin(context: LoadContext): Plugin<void> {
  return {
    name: 'fw-handout',
    async postBuild({ outDir, routesPaths }) {
      const { baseUrl, url, title } = context.siteConfig;
      const { currentLocale } = context.i18n;
      if (!hasOwnHandout(currentLocale)) {
        logger.info(
          `Handout: none for ${currentLocale}, whose script the handout's fonts cannot set; its pages link the English one (src/shared/handout.ts).`,
        );
        return;
      }
      const origin = url.replace(/\/+$/, '');
      const routes = new Set(routesPaths.map((route) => `/${route.slice(baseUrl.length)}`));
      const file = builtFileOf(outDir, `${baseUrl}${HANDOUT_SOURCE_PAGE.slice(1)}`, baseUrl);
      const page = file ? registerPage(HANDOUT_SOURCE_PAGE, await readFile(file, 'utf8')) : null;
      if (!page) {
        logger.warn(`Handout: no ${HANDOUT_SOURCE_PAGE} page with paragraphs in this build; no handout written.`);
        return;
      }
      const translated = ['md', 'mdx'].some((extension) =>
        existsSync(
          path.join(
            context.siteDir,
            TRANSLATED_DOCS_DIR(currentLocale),
            `${HANDOUT_SOURCE_PAGE.slice('/docs/'.length)}.${extension}`,
          ),
        ),
      );
      // The captions follow the site's language, even over a page not yet translated.
      const messages = {
        ...context.codeTranslations,
        ...translationMessages(context.siteDir, currentLocale, DOCS_TRANSLATIONS_FILE),
      };
      const qrCodes = [];
      for (const target of QR_TARGETS.filter((t) => routes.has(t.route))) {
        const address = `${origin}${shortPagePath(target.route, currentLocale)}`;
        const png = await QRCode.toBuffer(address, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: 360 });
        qrCodes.push({ png, label: address.replace(/^https?:\/\//, ''), caption: qrCaption(target, messages) });
      }
      const built = new Date();
      const pdf = await buildHandoutPdf(
        {
          title: page.title,
          subtitle: handoutSubtitle(title, context.codeTranslations, translated),
          sections: sectionsOf(page),
          qrCodes,
          footer: handoutFooter(
            `${origin.replace(/^https?:\/\//, '')}${shortPagePath(HANDOUT_SOURCE_PAGE, currentLocale)}`,
            built,
            context.codeTranslations,
          ),
        },
        built,
      );
      const target = path.join(outDir, HANDOUT_FILE);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, pdf);
      logger.info(`Handout: ${HANDOUT_FILE} (${Math.round(pdf.length / 1024)} KB, ${qrCodes.length} QR codes).`);
    },
  };
}
