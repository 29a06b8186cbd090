/**
 * The site in French, Spanish and Arabic (issue 14) in a real Chromium: the language switcher,
 * right-to-left Arabic, paragraph ids shared across languages (permalinks, comments), the notice on
 * a page not yet translated, the locale's 404 page, search on a locale page and in each language
 * (with cross-language help on the English site), and axe at desktop and phone width. Screenshots of Arabic pages go to .screens/ for the reviewer.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BLOCK } from '../../src/shared/blocks';
import { axeViolations, launchBrowser, PHONE_VIEWPORT, type Browser } from './support/browser';

const baseUrl = inject('baseUrl');
const moderatorToken = inject('moderatorToken');
const SCREENS = path.resolve('.screens');
const RUN = Date.now().toString(36);
const BLOCKS = `article .${BLOCK.className}[data-pid]`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

async function open(target: Page, pathname: string): Promise<void> {
  await target.goto(`${baseUrl}${pathname}`);
  await target.waitForSelector('main');
  // Hydrated: the client router handles the language switcher and the comment buttons.
  await target.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
}

const blockIds = (target: Page) => target.$$eval(BLOCKS, (blocks) => blocks.map((b) => b.getAttribute('data-pid')));
const htmlAttributes = (target: Page) =>
  target.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** Chooses a language in the navbar's language switcher, as a reader does. */
async function switchTo(target: Page, label: string): Promise<void> {
  const dropdown = target
    .locator('.navbar__items--right .dropdown')
    .filter({ has: target.locator('svg') })
    .first();
  await dropdown.hover();
  await dropdown.locator('.dropdown__menu a', { hasText: label }).click();
}

describe('the language switcher', () => {
  it('moves between the English, French, Spanish and Arabic versions of the same page', async () => {
    await open(page, '/docs/definition');
    for (const [label, prefix, lang, dir] of [
      ['Français', '/fr', 'fr', 'ltr'],
      ['Español', '/es', 'es', 'ltr'],
      ['العربية', '/ar', 'ar', 'rtl'],
      ['English', '', 'en', 'ltr'],
    ] as const) {
      await switchTo(page, label);
      await page.waitForURL(`${baseUrl}${prefix}/docs/definition`);
      await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
      expect(await htmlAttributes(page)).toEqual({ lang, dir });
    }
  });

  it('lists every language by its own name, with hreflang alternates in the page head', async () => {
    await open(page, '/fr/docs/definition');
    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
      links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`),
    );
    expect(alternates).toEqual([
      'en /docs/definition',
      'fr /fr/docs/definition',
      'es /es/docs/definition',
      'ar /ar/docs/definition',
      'x-default /docs/definition',
    ]);
  });
});

describe('Arabic, right to left', () => {
  it('sets dir="rtl" and lang="ar" and lays the page out from the right', async () => {
    await open(page, '/ar/docs/definition');
    expect(await htmlAttributes(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    // The sidebar sits on the right of the article, the table of contents on its left.
    // The page's own article (readers' comments on the definition, shared by every language, are
    // articles too).
    const article = await page.locator('article', { has: page.locator('h1') }).boundingBox();
    const sidebar = await page.locator('.theme-doc-sidebar-container').boundingBox();
    expect(sidebar!.x).toBeGreaterThan(article!.x);
    expect(await page.locator('h1').first().textContent()).toBe('تعريف بيانات المواطنين');
    await page.screenshot({ path: path.join(SCREENS, 'ar-definition-desktop.png') });
    await page.setViewportSize(PHONE_VIEWPORT);
    try {
      await page.screenshot({ path: path.join(SCREENS, 'ar-definition-phone.png') });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
      ).toBe(true);
    } finally {
      // Later tests in this file expect the desktop width, whatever happened here.
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});

describe('paragraph ids shared across languages', () => {
  it('gives the French, Spanish and Arabic definition pages the English paragraph ids', async () => {
    await open(page, '/docs/definition');
    const english = await blockIds(page);
    expect(english.length).toBeGreaterThan(10);
    for (const locale of ['fr', 'es', 'ar']) {
      await open(page, `/${locale}/docs/definition`);
      expect(await blockIds(page), locale).toEqual(english);
    }
  });

  it('highlights the same paragraph for /fr/docs/definition#<id> as for the English link', async () => {
    const id = 'definition-in-brief';
    await page.goto(`${baseUrl}/fr/docs/definition#${id}`);
    const block = page.locator(`[id="${id}"]`);
    await expect.poll(() => block.evaluate((el, cls) => el.classList.contains(cls), BLOCK.targetClassName)).toBe(true);
    expect(await block.textContent()).toContain('Avec nos mots');
    await page.goto(`${baseUrl}/docs/definition#${id}`);
    await expect
      .poll(() => page.locator(`[id="${id}"]`).evaluate((el, cls) => el.classList.contains(cls), BLOCK.targetClassName))
      .toBe(true);
    expect(await page.locator(`[id="${id}"]`).textContent()).toContain('In our words');
  });

  it('shows a comment written on the French page on the English page, once approved', async () => {
    const body = `Un commentaire écrit sur la page française (${RUN}).`;
    await open(page, '/fr/docs/definition');
    await page.locator(`button.${BLOCK.commentButtonClassName}[data-pid="definition-in-brief"]`).click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    const form = dialog.locator('form').last();
    await form.getByLabel(/^Votre commentaire/).fill(body);
    await form.getByLabel(/^Nom affiché avec votre commentaire/).fill(`Lectrice ${RUN}`);
    await form.getByLabel(/^Vous commentez en tant que/).selectOption('cso');
    await form.getByLabel(/^Type de commentaire/).selectOption('question');
    await page.screenshot({ path: path.join(SCREENS, 'fr-comment-form.png') });
    await form.getByRole('button', { name: 'Envoyer le commentaire' }).click();
    await expect
      .poll(() => dialog.locator('article', { hasText: body }).textContent())
      .toContain('En attente de modération');

    // The service stored it against the English page and the English paragraph id.
    const headers = { Authorization: `Bearer ${moderatorToken}` };
    const pending = await fetch(`${baseUrl}/api/moderation/annotations?status=pending&page=/docs/definition`, {
      headers,
    });
    const { annotations } = (await pending.json()) as {
      annotations: { id: string; body: string; revision: string; target: { paragraphId: string } }[];
    };
    const stored = annotations.find((a) => a.body === body);
    expect(stored?.target.paragraphId).toBe('definition-in-brief');
    const decided = await fetch(`${baseUrl}/api/moderation/decisions`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ items: [{ id: stored!.id, revision: stored!.revision }], status: 'approved' }),
    });
    expect(decided.status).toBe(200);

    // Another reader, on the English page, sees the thread on the same paragraph.
    const other = await browser.newIsolatedBrowser();
    try {
      const englishReader = await other.newPage();
      await open(englishReader, '/docs/definition');
      const button = englishReader.locator(`button.${BLOCK.commentButtonClassName}[data-pid="definition-in-brief"]`);
      await expect.poll(() => button.getAttribute('aria-label')).toMatch(/^Comments on this paragraph: \d+/);
      await button.click();
      await expect.poll(() => englishReader.locator('dialog[open]').textContent()).toContain(body);
    } finally {
      await other.close();
    }
  });
});

describe('a feature’s interface strings, loaded with it (src/plugins/codeTranslationGroups)', () => {
  const french = JSON.parse(readFileSync('i18n/fr/code.json', 'utf8')) as Record<string, { message: string }>;
  const heading = (target: Page) => target.locator('main h1').first().textContent();

  it.each([
    ['/fr/', 'home.heading'],
    ['/fr/event/2024-02-26', 'event.kit.title'],
    ['/fr/event/2024-02-26/game', 'event.game.title'],
    ['/fr/event/2024-02-26/input', 'event.input.title'],
    ['/fr/moderate', 'moderation.title'],
    ['/fr/responses', 'feedback.responses.title'],
    ['/fr/insights', 'insights.title'],
  ])('keeps %s in French once hydrated (heading %s), without a hydration mismatch', async (pathname, id) => {
    const visitor = await browser.newPage();
    const errors: string[] = [];
    visitor.on('pageerror', (error) => errors.push(error.message));
    visitor.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await open(visitor, pathname);
    expect(await heading(visitor)).toBe(french[id]!.message);
    expect(errors.filter((e) => /hydrat|Minified React error #4(18|19|23|25)/i.test(e))).toEqual([]);
    await visitor.close();
  });

  it('gives the French event kit the French handout and QR codes that open the French input page', async () => {
    const visitor = await browser.newPage();
    await open(visitor, '/fr/event/2024-02-26');
    const handout = visitor.getByRole('link', { name: french['event.kit.handout']!.message });
    expect(await handout.getAttribute('href')).toBe('/fr/handouts/framework-at-a-glance.pdf');
    const codes = await visitor
      .locator('main img[src^="/api/qr?"]')
      .evaluateAll((images) =>
        images.map((image) => new URL(image.getAttribute('src')!, location.href).searchParams.get('path')),
      );
    expect(codes).toEqual(['a', 'b', 'c'].map((letter) => `/fr/event/2024-02-26/input?focus=${letter}`));
    const image = await fetch(`${baseUrl}/api/qr?path=${encodeURIComponent(codes[0]!)}&format=svg`);
    expect(image.status).toBe(200);
    await visitor.close();
  });

  it('links the English handout from the Arabic event kit, as the handout’s fonts cannot set Arabic', async () => {
    const visitor = await browser.newPage();
    await open(visitor, '/ar/event/2024-02-26');
    const arabic = JSON.parse(readFileSync('i18n/ar/code.json', 'utf8')) as Record<string, { message: string }>;
    const handout = visitor.getByRole('link', { name: arabic['event.kit.handout']!.message });
    expect(await handout.getAttribute('href')).toBe('/handouts/framework-at-a-glance.pdf');
    expect(await handout.getAttribute('hreflang')).toBe('en');
    expect((await fetch(`${baseUrl}/handouts/framework-at-a-glance.pdf`)).status).toBe(200);
    await visitor.close();
  });

  it('renders a feature’s page in French when the client router brings it in', async () => {
    const visitor = await browser.newPage();
    await open(visitor, '/fr/docs/definition');
    await visitor.evaluate(() => Object.assign(window, { sameDocument: true }));
    await visitor.getByRole('link', { name: french['feedback.responses.pageLink']!.message }).click();
    await visitor.waitForURL(/\/fr\/responses\?page=/);
    await expect.poll(() => heading(visitor)).toBe(french['feedback.responses.title']!.message);
    // Still the same document: the router, not a page load, brought the table and its strings.
    expect(await visitor.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await visitor.getByRole('form', { name: french['feedback.filter.label']!.message }).waitFor();
    const tableTitle = french['feedback.responses.pageTitle']!.message.split('{page}')[0]!;
    expect((await visitor.locator('main h2').first().textContent())!.startsWith(tableTitle)).toBe(true);
    await visitor.close();
  });
});

describe('pages in the reader’s language, or a notice', () => {
  it('labels a translated page as an unofficial translation of the English summary, with a link to it', async () => {
    await open(page, '/es/docs/background/how-to-read-our-labels');
    const notice = page.locator('.fw-translation-notice--translated');
    expect(await notice.textContent()).toContain('Traducción no oficial');
    expect(await notice.textContent()).toContain('traducción asistida por máquina');
    expect(await notice.locator('a[hreflang="en"]').getAttribute('href')).toBe(
      '/docs/background/how-to-read-our-labels',
    );
    expect(await page.locator('.fw-page-provenance').textContent()).toContain('Nuestro resumen');
  });

  it('shows an untranslated page in English with a notice in the reader’s language, not a 404', async () => {
    for (const [locale, words] of [
      ['fr', 'pas encore traduite'],
      ['es', 'aún no está traducida'],
      ['ar', 'لم تُترجم'],
    ] as const) {
      const response = await page.goto(`${baseUrl}/${locale}/docs/roadmap`);
      expect(response?.status()).toBe(200);
      const notice = page.locator('.fw-translation-notice--fallback');
      expect(await notice.textContent(), locale).toContain(words);
      // The English title and text keep their language and direction inside the locale's page.
      expect(await page.locator('article header[lang="en"][dir="ltr"] h1').count(), locale).toBe(1);
      expect(await page.locator('article div[lang="en"][dir="ltr"] p').count(), locale).toBeGreaterThan(0);
    }
    await page.screenshot({ path: path.join(SCREENS, 'ar-fallback-notice.png') });
  });

  it('answers an unknown address under a locale with that locale’s 404 page', async () => {
    const response = await page.goto(`${baseUrl}/fr/docs/nulle-part`);
    expect(response?.status()).toBe(404);
    expect(await htmlAttributes(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(await page.locator('main h1').textContent()).toBe('Cette page n’est pas ici');
    await page.locator('html[data-hydrated="true"]').waitFor();
    expect(await page.title()).toMatch(/^Page introuvable \|/);
  });

  it('redirects /ar/docs/definition/ and /ar/docs/definition.html to /ar/docs/definition', async () => {
    for (const form of ['/ar/docs/definition/', '/ar/docs/definition.html']) {
      const response = await fetch(`${baseUrl}${form}`, { redirect: 'manual' });
      expect(response.status, form).toBe(301);
      expect(response.headers.get('location'), form).toBe('/ar/docs/definition');
    }
  });
});

describe('the pages translated for issue 14', () => {
  const PAGES = ['/docs/at-a-glance', '/docs/definition/data-value-chain', '/docs/definition/examples'];
  const NOTICE = { fr: 'Traduction non officielle', es: 'Traducción no oficial', ar: 'ترجمة غير رسمية' } as const;

  for (const locale of ['fr', 'es', 'ar'] as const) {
    it(`renders them in ${locale}, labelled as unofficial translations, with the English paragraph ids`, async () => {
      for (const pathname of PAGES) {
        await open(page, pathname);
        const englishIds = await blockIds(page);
        await open(page, `/${locale}${pathname}`);
        const notice = page.locator('.fw-translation-notice--translated');
        expect(await notice.textContent(), pathname).toContain(NOTICE[locale]);
        expect(await notice.locator('a[hreflang="en"]').getAttribute('href')).toBe(pathname);
        expect(await page.locator('.fw-translation-notice--fallback').count()).toBe(0);
        expect(await blockIds(page), `${locale}${pathname}`).toEqual(englishIds);
        // No English wrapper: the text is the locale's own.
        expect(await page.locator('article div[lang="en"][dir="ltr"]').count()).toBe(0);
      }
    });
  }

  it('shows the glossary in the reader’s language, with the English name beside each term', async () => {
    await open(page, '/fr/docs/background/glossary');
    expect(await page.locator('.fw-translation-notice--translated').count()).toBe(1);
    const heading = page.locator('#term-nso-heading');
    expect(await heading.textContent()).toContain('Institut national de statistique');
    expect(await heading.locator('[lang="en"]').textContent()).toContain('National statistical office');
    expect(await page.locator('#term-nso').textContent()).toContain('L’organisme public qui produit');
    // Its “See:” pages are links to the locale's pages, not doc ids.
    const see = page.locator('section[aria-labelledby="term-data-value-chain-heading"] a[href$="/data-value-chain"]');
    expect(await see.getAttribute('href')).toBe('/fr/docs/definition/data-value-chain');
    expect(await see.textContent()).toBe('La chaîne de valeur des données');
    // The preview of a glossary link on a translated page: the locale's term and definition.
    await open(page, '/es/docs/definition/data-value-chain');
    const term = page.locator('article a.fw-term[data-term="data-value-chain"]').first();
    await term.focus();
    const tooltip = page.locator('#fw-term-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toMatch(
      /^Cadena de valor de los datos \(Data value chain\)\nLa secuencia de pasos/,
    );
    // The names on a line of their own, above the definition.
    expect(await tooltip.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('pre-line');
  });

  for (const pathname of ['/ar/docs/at-a-glance', '/es/docs/definition/examples', '/ar/docs/background/glossary']) {
    it(`has no axe violations on ${pathname} (desktop and phone)`, async () => {
      await open(page, pathname);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

describe('sides that follow the text’s direction on the Arabic site', () => {
  /** The computed direction and left and right widths (px) of an element's border or padding. */
  const sides = (target: Page, selector: string, box: 'border' | 'padding') =>
    target
      .locator(selector)
      .first()
      .evaluate((element, which) => {
        const style = getComputedStyle(element);
        const width = (side: 'Left' | 'Right') =>
          parseFloat(which === 'border' ? style[`border${side}Width`] : style[`padding${side}`]);
        return { direction: style.direction, left: width('Left'), right: width('Right') };
      }, box);

  it('keeps an English admonition’s border and a list’s indent on the left in a page not yet translated', async () => {
    await open(page, '/ar/docs/roadmap');
    const admonition = await sides(page, 'article div[lang="en"] .theme-admonition', 'border');
    expect(admonition).toMatchObject({ direction: 'ltr', right: 0 });
    expect(admonition.left).toBeGreaterThan(0);
    const list = await sides(page, 'article div[lang="en"] > ul', 'padding');
    expect(list).toMatchObject({ direction: 'ltr', right: 0 });
    expect(list.left).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENS, 'ar-fallback-admonition.png'), fullPage: true });
  });

  it('puts an Arabic admonition’s border and a list’s indent on the right in a translated page', async () => {
    await open(page, '/ar/docs/definition/data-value-chain');
    const admonition = await sides(page, 'article .markdown .theme-admonition', 'border');
    expect(admonition).toMatchObject({ direction: 'rtl', left: 0 });
    expect(admonition.right).toBeGreaterThan(0);
    await open(page, '/ar/docs/at-a-glance');
    const list = await sides(page, 'article .markdown > ul', 'padding');
    expect(list).toMatchObject({ direction: 'rtl', left: 0 });
    expect(list.right).toBeGreaterThan(0);
  });
});

describe('search on a locale page', () => {
  it('opens the dialog in Arabic and lands on the locale’s page', async () => {
    await open(page, '/ar/');
    await page.locator('.navbar button[aria-haspopup="dialog"]').click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-label')).toBe('ابحث في قاعدة المعارف');
    await page.keyboard.type('citizen data');
    await page.getByRole('option').first().waitFor();
    await page.screenshot({ path: path.join(SCREENS, 'ar-search-dialog.png') });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // The locale's own index: results open the Arabic site's page.
    await page.waitForURL(/\/ar\/docs\//);
  });
});

describe('search in each language', () => {
  /** Opens a locale's /search page with a query and returns the result links' paths, best first. */
  async function searchPage(target: Page, prefix: string, query: string): Promise<string[]> {
    await open(target, `${prefix}/search?q=${encodeURIComponent(query)}`);
    await target.getByTestId('search-count').waitFor();
    await target.locator('ol li a').first().waitFor();
    return target.$$eval('ol li a', (links) =>
      links.map(
        (link) => new URL((link as HTMLAnchorElement).href).pathname + new URL((link as HTMLAnchorElement).href).hash,
      ),
    );
  }

  it('finds the definition page for a French query on the French site, typed with or without accents', async () => {
    for (const query of ['données citoyennes', 'donnees citoyennes']) {
      const [first] = await searchPage(page, '/fr', query);
      expect(first, query).toMatch(/^\/fr\/docs\/definition#/);
    }
    // Asking for the definition never lands on the paragraph about PARIS21's older definition,
    // which the page warns against.
    const [first] = await searchPage(page, '/fr', 'définition des données citoyennes');
    expect(first).toMatch(/^\/fr\/docs\/definition#/);
    expect(first).not.toBe('/fr/docs/definition#definition-not-paris21');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds the roadmap for the Spanish "hoja de ruta" on the Spanish site', async () => {
    const [first] = await searchPage(page, '/es', 'hoja de ruta');
    expect(first).toMatch(/^\/es\/docs\/roadmap/);
  });

  it('finds the definition page for an Arabic query on the Arabic site', async () => {
    const [first] = await searchPage(page, '/ar', 'بيانات المواطنين');
    expect(first).toMatch(/^\/ar\/docs\/definition#/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds the concept for a French query on the English site, and says which language matched', async () => {
    const [first] = await searchPage(page, '', 'données citoyennes');
    expect(first).toMatch(/^\/docs\/(?:definition|background\/glossary)/);
    const notice = page.getByTestId('search-translated');
    expect(await notice.getAttribute('data-language')).toBe('fr');
    expect(await notice.textContent()).toBe('Showing results for Citizen data (French: données citoyennes).');
    expect(await page.getByTestId('search-unmatched').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says so in the page’s language on a translated site', async () => {
    await searchPage(page, '/fr', 'datos ciudadanos');
    expect(await page.getByTestId('search-translated').textContent()).toBe(
      'Résultats pour Données citoyennes (espagnol : datos ciudadanos).',
    );
  });
});

describe('accessibility in French, Spanish and Arabic', () => {
  // Each language's page types: home, a translated doc, a doc not yet translated (English text in
  // the locale's chrome), the glossary, the blog index and a post, and search with results.
  const pageTypes = [
    '/',
    '/docs/definition',
    '/docs/roadmap',
    '/docs/background/glossary',
    '/blog',
    '/blog/2024/02/26/side-event-from-insights-to-action',
  ];
  for (const locale of ['fr', 'es', 'ar']) {
    for (const pageType of pageTypes) {
      const pathname = pageType === '/' ? `/${locale}/` : `/${locale}${pageType}`;
      it(`has no axe violations on ${pathname} (desktop and phone)`, async () => {
        await open(page, pathname);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }

  it('has no axe violations in the Arabic comment panel', async () => {
    await open(page, '/ar/docs/definition');
    await page.locator(`button.${BLOCK.commentButtonClassName}`).first().click();
    await page.locator('dialog[open] form').last().waitFor();
    await page.screenshot({ path: path.join(SCREENS, 'ar-comment-panel.png') });
    expect(await axeViolations(page, { include: 'dialog[open]' })).toEqual([]);
  });
});
