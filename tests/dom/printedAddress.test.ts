/**
 * The address printed after each link (src/client/print/clientModule.ts), in happy-dom: this
 * site's paragraphs and pages in short form, in the language of the site being printed (the French
 * site, here, as the build generates it: base URL `/fr/`, current locale `fr`); other sites in full.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Print from '../../src/client/print/clientModule';

vi.mock('@generated/docusaurus.config', () => ({ default: { baseUrl: '/fr/' } }));
vi.mock('@generated/i18n', () => ({
  default: { defaultLocale: 'en', currentLocale: 'fr', locales: ['en', 'fr', 'es', 'ar'] },
}));

let printedAddress: typeof Print.printedAddress;
let prepareWhenIdle: typeof Print.prepareWhenIdle;
let host: string;
beforeAll(async () => {
  history.replaceState(null, '', '/fr/docs/definition');
  host = location.host;
  ({ printedAddress, prepareWhenIdle } = await import('../../src/client/print/clientModule'));
});

const anchor = (href: string) => {
  const a = document.createElement('a');
  a.setAttribute('href', href);
  document.body.append(a);
  return a;
};
const blockIds = new Set(['definition-who']);

describe('printed link addresses on the French site', () => {
  it('shorten a paragraph of this page to /fr/p/<id>', () => {
    expect(printedAddress(anchor('#definition-who'), blockIds)).toBe(`${host}/fr/p/definition-who`);
  });

  it('shorten another page to /fr/s/<key>, keeping a fragment that is not this page’s paragraph', () => {
    expect(printedAddress(anchor('/fr/docs/background/glossary#term-nso'), blockIds)).toBe(
      `${host}/fr/s/background/glossary#term-nso`,
    );
    expect(printedAddress(anchor('/fr/docs/roadmap'), blockIds)).toBe(`${host}/fr/s/roadmap`);
  });

  it('keep a link to the English site English (the translation notice’s link to the English page)', () => {
    expect(printedAddress(anchor('/docs/definition'), blockIds)).toBe(`${host}/s/definition`);
    expect(printedAddress(anchor('/docs/definition#definition-who'), blockIds)).toBe(`${host}/p/definition-who`);
  });

  it('print nothing for an in-page link to no paragraph, and other sites in full', () => {
    expect(printedAddress(anchor('#top'), blockIds)).toBeNull();
    expect(printedAddress(anchor('https://unstats.un.org/UNSDWebsite/'), blockIds)).toBe('unstats.un.org/UNSDWebsite/');
  });
});

describe('preparing a page for print after a route change', () => {
  /** A Framework page's text with `count` links, and idle periods run by hand on a clock that moves 1 ms a read. */
  function page(count: number) {
    document.body.innerHTML = `<main><article><div class="markdown">${Array.from(
      { length: count },
      (_, i) => `<a href="/fr/docs/page-${i}">Page ${i}</a>`,
    ).join('')}</div></article></main>`;
    const tasks: Array<() => void> = [];
    let clock = 0;
    return {
      schedule: (task: () => void) => void tasks.push(task),
      now: () => (clock += 1),
      runIdlePeriod: () => tasks.shift()?.(),
      waiting: () => tasks.length,
      labelled: () => document.querySelectorAll('.markdown a[data-print-href]').length,
      header: () => document.querySelector('body > .fw-print-header'),
    };
  }

  it('labels a few links per idle period, and writes the header once all are labelled', () => {
    const idle = page(10);
    prepareWhenIdle(idle.schedule, idle.now);
    expect(idle.labelled()).toBe(0);
    const seen: number[] = [];
    while (idle.waiting() > 0) {
      expect(idle.header()).toBeNull();
      idle.runIdlePeriod();
      seen.push(idle.labelled());
    }
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(10);
    expect(idle.header()?.textContent).toContain('/fr/s/definition');
  });

  it('stops labelling a page that a newer preparation (a route change) replaced', () => {
    const idle = page(10);
    prepareWhenIdle(idle.schedule, idle.now);
    idle.runIdlePeriod();
    const first = idle.labelled();
    prepareWhenIdle(idle.schedule, idle.now);
    idle.runIdlePeriod();
    expect(idle.labelled()).toBe(first);
  });

  it('labels everything at once when printing starts', () => {
    const idle = page(10);
    prepareWhenIdle(idle.schedule, idle.now);
    window.dispatchEvent(new Event('beforeprint'));
    expect(idle.labelled()).toBe(10);
    expect(idle.header()).not.toBeNull();
  });
});
