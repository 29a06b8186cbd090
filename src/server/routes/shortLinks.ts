/**
 * Short links and QR codes for slides and handouts.
 *
 * - `GET /p/<paragraph-id>` redirects to the page that carries the paragraph now, with the id as
 *   fragment; `GET /s/<page-key>` redirects to the page (shared/shortLinks.ts names the forms). Both
 *   resolve through the block register, which remembers retired ids and moved pages, so a link
 *   printed on an old handout keeps working. Under a language's prefix (`/fr/p/<id>`, `/fr/s/<key>`)
 *   they lead to that language's page: every docs page has one (a page not yet translated shows
 *   the English text with a notice there); where the language's site has no such page, the English
 *   page. The redirect is temporary (302, cached five minutes):
 *   the target may move again, and a browser must not remember an old one forever.
 * - `GET /api/qr?path=/p/<id>&format=svg|png` draws a QR code of the absolute URL
 *   (PUBLIC_ORIGIN + path) with the `qrcode` library. Only this site's resolvable paths are
 *   drawn, so the service cannot be used to make QR codes that point elsewhere.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import QRCode from 'qrcode';
import Type from 'typebox';
import { ErrorResponse } from '../../shared/annotations';
import type { BlockIndex } from '../../shared/blockRegister';
import { DEFAULT_LOCALE, localePath, PREFIXED_LOCALES, splitLocalePath } from '../../shared/locales';
import {
  resolveShortBlock,
  resolveShortPage,
  routePathsOfKey,
  SHORT_BLOCK_PREFIX,
  SHORT_PAGE_PREFIX,
} from '../../shared/shortLinks';
import { HttpError } from '../errors';

export interface ShortLinkRoutesOptions {
  /** The block register's index, or null when the site has none (then only site pages resolve). */
  blocks: () => BlockIndex | null;
  /** True when the built site has an HTML page at this route path. */
  hasPage: (routePath: string) => boolean;
  publicOrigin: string;
}

const REDIRECT_CACHE = 'public, max-age=300';
const BLOCK_ID = /^[a-z][a-z0-9-]{0,63}$/;
const PAGE_KEY = /^[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/;
/** A site path, optionally with a query of plain key=value pairs (the input page's `?focus=a`). */
const QR_PATH = /^(\/[A-Za-z0-9/._~-]{0,300})(\?[A-Za-z0-9=&._-]{1,100})?$/;

export const QrQuery = Type.Object(
  {
    path: Type.String({ minLength: 1, maxLength: 400 }),
    format: Type.Optional(Type.Enum(['svg', 'png'])),
    /** PNG width and height in pixels. */
    size: Type.Optional(
      Type.String({ pattern: '^[0-9]{2,4}$', errorMessage: 'must be a whole number of pixels, from 64 to 2048' }),
    ),
    /** Answer as a file download. */
    download: Type.Optional(Type.Enum(['1'])),
  },
  { additionalProperties: false },
);

/** QR code options used everywhere (the handout and the event kit too): medium error correction, quiet zone 4. */
export const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** An SVG QR code of `url`, with an accessible name. */
export async function qrSvg(url: string, title: string): Promise<string> {
  const svg = await QRCode.toString(url, { ...QR_OPTIONS, type: 'svg' });
  const escaped = title.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" `);
}

/** A PNG QR code of `url`, `size` pixels square. */
export function qrPng(url: string, size: number): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...QR_OPTIONS, type: 'png', width: size });
}

export const shortLinkRoutes: FastifyPluginAsyncTypebox<ShortLinkRoutesOptions> = async (app, options) => {
  const { blocks, hasPage, publicOrigin } = options;
  const origin = publicOrigin.replace(/\/+$/, '');
  const cache = new Map<string, Buffer | string>();

  /** Where `/p/<id>` leads in the default locale, or undefined. */
  function resolveBlockId(id: string): string | undefined {
    const index = blocks();
    return BLOCK_ID.test(id) && index ? resolveShortBlock(index, id) : undefined;
  }

  /** Where `/s/<key>` leads in the default locale, or undefined. */
  function resolvePageKey(key: string): string | undefined {
    if (key !== '' && !PAGE_KEY.test(key)) return undefined;
    const index = blocks();
    const fromRegister = index ? resolveShortPage(index, key) : undefined;
    return fromRegister ?? routePathsOfKey(key).find(hasPage);
  }

  /** `target` (a default-locale path, maybe with a fragment) on `locale`'s site; as it is where that site lacks the page. */
  function inLocale(target: string, locale: string): string {
    if (locale === DEFAULT_LOCALE) return target;
    const hashAt = target.indexOf('#');
    const pathname = hashAt === -1 ? target : target.slice(0, hashAt);
    const localized = localePath(pathname, locale);
    return hasPage(localized) ? `${localized}${target.slice(pathname.length)}` : target;
  }

  /** Where a short link leads in `locale`: `/p/<key>` (a block) or `/s/<key>` (a page). */
  function resolveShort(kind: 'block' | 'page', key: string, locale: string): string | undefined {
    const target = kind === 'block' ? resolveBlockId(key) : resolvePageKey(key);
    return target && inLocale(target, locale);
  }

  /** The full path a site path leads to (following short links, in their language), or undefined. */
  function resolvePath(path: string): string | undefined {
    const { locale, path: sitePath } = splitLocalePath(path);
    if (sitePath.startsWith(SHORT_BLOCK_PREFIX))
      return resolveShort('block', sitePath.slice(SHORT_BLOCK_PREFIX.length), locale);
    if (sitePath.startsWith(SHORT_PAGE_PREFIX))
      return resolveShort('page', sitePath.slice(SHORT_PAGE_PREFIX.length), locale);
    return hasPage(path) || blocks()?.page(path) ? path : undefined;
  }

  // `/p/<id>` and `/s/<key>`, and the same under each language's prefix.
  for (const locale of [DEFAULT_LOCALE, ...PREFIXED_LOCALES]) {
    const redirect = (kind: 'block' | 'page', key: string, reply: FastifyReply) => {
      const target = resolveShort(kind, key, locale);
      if (!target) return reply.callNotFound();
      return reply.header('Cache-Control', REDIRECT_CACHE).redirect(target, 302);
    };
    app.get(localePath(`${SHORT_BLOCK_PREFIX}:id`, locale), async (request, reply) =>
      redirect('block', (request.params as { id: string }).id, reply),
    );
    app.get(localePath(`${SHORT_PAGE_PREFIX}*`, locale), async (request, reply) =>
      redirect('page', (request.params as { '*': string })['*'], reply),
    );
  }

  app.get(
    '/api/qr',
    { schema: { querystring: QrQuery, response: { 400: ErrorResponse, 404: ErrorResponse } } },
    async (request, reply) => {
      const { path, format = 'svg', size = '512', download } = request.query;
      const match = QR_PATH.exec(path);
      if (!match) {
        throw HttpError.badRequest(
          'path: must be a path on this site, such as /p/definition-who or /s/definition, with an optional simple query.',
          [{ field: 'path', message: 'must be a path on this site' }],
        );
      }
      if (!resolvePath(match[1]!)) throw HttpError.notFound(`Nothing on this site answers ${match[1]}.`);
      const pixels = Number(size);
      if (pixels < 64 || pixels > 2048) {
        throw HttpError.badRequest('size: must be from 64 to 2048 pixels.', [
          { field: 'size', message: 'must be from 64 to 2048 pixels' },
        ]);
      }
      const url = `${origin}${path}`;
      const key = `${format}\0${pixels}\0${url}`;
      let image = cache.get(key);
      if (image === undefined) {
        image = format === 'svg' ? await qrSvg(url, url) : await qrPng(url, pixels);
        if (cache.size >= 500) cache.delete(cache.keys().next().value!);
        cache.set(key, image);
      }
      if (download) {
        const name = `qr-${path.replace(/^\//, '').replace(/[^A-Za-z0-9-]+/g, '-')}.${format}`;
        reply.header('Content-Disposition', `attachment; filename="${name}"`);
      }
      reply.header('Cache-Control', 'public, max-age=3600');
      return reply
        .type(format === 'svg' ? 'image/svg+xml; charset=utf-8' : 'image/png')
        .serializer((value: unknown) => value as string)
        .send(image as never);
    },
  );
};
