/**
 * Docusaurus plugin: after the build, writes the one-page "Framework at a glance" handout
 * (`build/handouts/framework-at-a-glance.pdf`, and each language's under its prefix) from the built
 * at-a-glance page, with QR codes to the page and the Framework's four components (short links in
 * the handout's language, see shared/shortLinks.ts).
 *
 * The handout's text is the page's own text (read from the built HTML through the block
 * register's extraction, so it matches what readers see), never text of its own: when the page is
 * edited, the next build prints the new wording. A build without the page writes no handout and
 * says so.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import logger from '@docusaurus/logger';
import type { LoadContext, Plugin } from '@docusaurus/types';
import QRCode from 'qrcode';
import { registerPage } from '../blockRegister/registerPage';
import { builtFileOf } from '../search/readBuiltPage';
import { shortPagePath } from '../../shared/shortLinks';
import type { RegisteredPage } from '../../shared/blockRegister';
import { buildHandoutPdf, type HandoutSection } from './layout';

export const HANDOUT_SOURCE_PAGE = '/docs/at-a-glance';
export const HANDOUT_FILE = 'handouts/framework-at-a-glance.pdf';

/** The QR codes: the page itself, then the four components (those the build has). */
const QR_TARGETS: { route: string; caption: string }[] = [
  { route: HANDOUT_SOURCE_PAGE, caption: 'This page, online' },
  { route: '/docs/definition', caption: 'Definition' },
  { route: '/docs/principles', caption: 'Guiding principles' },
  { route: '/docs/enabling-environment', caption: 'Enabling environment' },
  { route: '/docs/roadmap', caption: 'Roadmap' },
];

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

export default function handoutPlugin(context: LoadContext): Plugin<void> {
  return {
    name: 'fw-handout',
    async postBuild({ outDir, routesPaths }) {
      const { baseUrl, url, title } = context.siteConfig;
      const { currentLocale } = context.i18n;
      const origin = url.replace(/\/+$/, '');
      const routes = new Set(routesPaths.map((route) => `/${route.slice(baseUrl.length)}`));
      const file = builtFileOf(outDir, `${baseUrl}${HANDOUT_SOURCE_PAGE.slice(1)}`, baseUrl);
      const page = file ? registerPage(HANDOUT_SOURCE_PAGE, await readFile(file, 'utf8')) : null;
      if (!page) {
        logger.warn(`Handout: no ${HANDOUT_SOURCE_PAGE} page with paragraphs in this build; no handout written.`);
        return;
      }
      const qrCodes = [];
      for (const target of QR_TARGETS.filter((t) => routes.has(t.route))) {
        const address = `${origin}${shortPagePath(target.route, currentLocale)}`;
        const png = await QRCode.toBuffer(address, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: 360 });
        qrCodes.push({ png, label: address.replace(/^https?:\/\//, ''), caption: target.caption });
      }
      const built = new Date();
      const pdf = await buildHandoutPdf(
        {
          title: page.title,
          subtitle: `${title}: an independent reference site. Our summary in our own words, not the Framework's official text; sources on each page online.`,
          sections: sectionsOf(page),
          qrCodes,
          footer: `${origin.replace(/^https?:\/\//, '')}${shortPagePath(HANDOUT_SOURCE_PAGE, currentLocale)} · built ${built.toISOString().slice(0, 10)}`,
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
