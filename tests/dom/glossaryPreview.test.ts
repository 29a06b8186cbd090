/**
 * The glossary preview on another locale's site (src/client/glossaryPreview): the term's name in
 * the locale with its English name above the definition, and an untranslated definition marked as
 * English; on the English site the definition alone, as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/client/glossaryPreview/clientModule';

function termLink(data: Record<string, string>): HTMLAnchorElement {
  const link = document.createElement('a');
  link.className = 'fw-term';
  link.href = '/fr/docs/background/glossary#term-nso';
  Object.assign(link.dataset, data);
  link.textContent = 'ONS';
  document.body.append(link);
  return link;
}

afterEach(() => {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  document.querySelectorAll('a.fw-term').forEach((a) => a.remove());
});

describe('the glossary preview in a locale', () => {
  it('shows the term’s name with the English name, then the definition', () => {
    const link = termLink({
      definition: 'L’organisme public qui produit la statistique officielle.',
      termLabel: 'Institut national de statistique (National statistical office)',
    });
    link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    const tooltip = document.getElementById('fw-term-tooltip')!;
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.querySelector('.fw-term-tooltip__term')?.textContent).toBe(
      'Institut national de statistique (National statistical office)',
    );
    expect(tooltip.textContent).toContain('L’organisme public qui produit la statistique officielle.');
    expect(tooltip.querySelector('[lang]')).toBeNull();
  });

  it('marks an English definition shown on another locale’s site as English', () => {
    const link = termLink({
      definition: 'The government body that produces official statistics.',
      termLabel: 'مكتب الإحصاء الوطني (National statistical office)',
      definitionLang: 'en',
    });
    link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    const definition = document.querySelector('#fw-term-tooltip [lang]') as HTMLElement;
    expect(definition.lang).toBe('en');
    expect(definition.dir).toBe('ltr');
    expect(definition.textContent).toBe('The government body that produces official statistics.');
  });

  it('shows the definition alone on the English site', () => {
    const link = termLink({ definition: 'The government body that produces official statistics.' });
    link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    const tooltip = document.getElementById('fw-term-tooltip')!;
    expect(tooltip.textContent).toBe('The government body that produces official statistics.');
    expect(tooltip.querySelector('.fw-term-tooltip__term')).toBeNull();
  });
});
