/**
 * The syntax highlighter stays out of every page's first load while the site asks Prism for no
 * additional languages, and the theme's own module comes back the day it does.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LoadContext } from '@docusaurus/types';
import codeHighlighting, { PRISM_LANGUAGES_MODULE } from '../../../src/plugins/codeHighlighting';

function configure(themeConfig: Record<string, unknown>) {
  const plugin = codeHighlighting({ siteConfig: { themeConfig } } as unknown as LoadContext);
  return plugin.configureWebpack!({} as never, false, {} as never, {} as never);
}

describe('code highlighting plugin', () => {
  it('names the theme module that exists in the installed Docusaurus', () => {
    expect(existsSync(`${PRISM_LANGUAGES_MODULE}.js`)).toBe(true);
  });

  it('replaces the theme’s language registration when there is nothing to register', () => {
    const alias = (configure({ prism: { additionalLanguages: [] } }) as { resolve: { alias: Record<string, string> } })
      .resolve.alias;
    expect(Object.keys(alias)).toEqual([`${PRISM_LANGUAGES_MODULE}$`]);
    expect(Object.values(alias)[0]).toMatch(/noAdditionalLanguages\.ts$/);
  });

  it('steps aside when the site adds a Prism language', () => {
    expect(configure({ prism: { additionalLanguages: ['bash'] } })).toEqual({});
  });
});
