/**
 * WCAG 2.2 SC 2.5.8 (target size, minimum), measured in the page: every pointer target a reader
 * can see is at least 24 × 24 CSS px, naming each one that is not.
 *
 * Why a measured check rather than axe-core's `target-size` rule: the rule is off by default in
 * axe-core 4.14 and, switched on, accepts an undersized control whenever nothing else is within
 * 24 px of it (the SC's spacing exception). It passed the phone menu's 21 × 21 close button and
 * the moderation queue's 13 × 13 checkboxes, which this site treats as faults: a control's size is
 * ours to set in CSS, while its spacing changes with the layout, the length of a translation and
 * the zoom level. So this check holds controls (buttons, form fields, summaries, widget roles) to
 * 24 × 24 without the spacing exception, and applies the SC's exceptions where the size is the
 * text's, not ours:
 * - inline: a link inside a sentence (its block has text of its own) is exempt;
 * - spacing, for links only: a link outside a sentence (a footer or table-of-contents list) that is
 *   less than 24 px tall passes if a 24 px circle centred on it touches no other target;
 * - equivalent: a checkbox, radio or other labelled control whose clickable label is 24 × 24 or more
 *   passes (a click anywhere on the label operates it), so the box itself need not grow.
 * A link stretched over its card (an absolutely positioned `::after` or `::before`, the home page's
 * component cards) is measured by the box it covers, which is where the pointer operates it.
 * Hidden and visually hidden targets (a skip link off screen, a closed menu) and targets covered
 * by something else (a side panel, a modal dialog's backdrop) are not targets.
 */
import type { Page } from 'playwright-core';

/** The SC's minimum, in CSS px. */
export const MIN_TARGET_PX = 24;

/**
 * @param label - names the pass in each fault (the viewport width)
 * @param within - a selector: only targets inside it are judged (as axe's `include`); their
 *   neighbours anywhere on the page still count for the spacing rule
 * @returns one fault per undersized target, naming the element, its text and its size
 */
export async function targetSizeFaults(page: Page, label: string, within?: string): Promise<string[]> {
  const faults = await page.evaluate(
    ({ min, scope }) => {
      const TARGETS = [
        'a[href]',
        'button',
        'input:not([type="hidden"])',
        'select',
        'textarea',
        'summary',
        '[role="button"]',
        '[role="link"]',
        '[role="checkbox"]',
        '[role="radio"]',
        '[role="switch"]',
        '[role="tab"]',
        '[role="menuitem"]',
        '[role="option"]',
        '[tabindex]:not([tabindex="-1"])',
      ].join(',');
      const pageWidth = document.documentElement.scrollWidth;

      /** Shown and not visually hidden (a 1 px box, clipped, off the page sideways). */
      const shown = (element: Element): boolean => {
        if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
        if (element.closest('[inert]')) return false;
        const rect = element.getBoundingClientRect();
        if (rect.width <= 1 || rect.height <= 1) return false;
        return rect.right > 0 && rect.left < pageWidth;
      };

      /** The nearest ancestor that is not inline: the block whose text a link may sit in. */
      const blockOf = (element: Element): Element => {
        let block = element.parentElement ?? element;
        while (block.parentElement && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
        return block;
      };
      const inSentence = (element: Element): boolean => {
        if (getComputedStyle(element).display !== 'inline') return false;
        const own = (element.textContent ?? '').trim().length;
        const around = (blockOf(element).textContent ?? '').trim().length;
        return around > own;
      };
      /**
       * Under something else at its centre (a side panel over the table of contents, the backdrop
       * of a modal dialog): not a target the pointer can reach. Only judged inside the viewport.
       */
      const covered = (element: Element, rect: DOMRect): boolean => {
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height / 2;
        if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return false;
        const top = document.elementFromPoint(x, y);
        return top !== null && !element.contains(top) && !top.contains(element);
      };
      const isLink = (element: Element): boolean => element.matches('a[href], [role="link"]');

      /** The box a stretched link's pseudo-element covers: its nearest positioned ancestor's. */
      const hitRect = (element: Element): DOMRect => {
        const stretched = ['::after', '::before'].some((pseudo) => {
          const style = getComputedStyle(element, pseudo);
          return style.position === 'absolute' && style.content !== 'none' && style.content !== 'normal';
        });
        if (!stretched) return element.getBoundingClientRect();
        for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
          if (getComputedStyle(ancestor).position !== 'static') return ancestor.getBoundingClientRect();
        }
        return element.getBoundingClientRect();
      };

      const targets = [...document.querySelectorAll(TARGETS)].filter(shown);
      const rects = new Map(targets.map((element) => [element, hitRect(element)]));
      const bigEnough = (rect: DOMRect): boolean => rect.width >= min - 0.5 && rect.height >= min - 0.5;

      /** A clickable label of 24 × 24 or more operates the control (the SC's "equivalent"). */
      const labelBigEnough = (element: Element): boolean => {
        const labels = (element as HTMLInputElement).labels;
        return labels
          ? [...labels].some((labelElement) => shown(labelElement) && bigEnough(labelElement.getBoundingClientRect()))
          : false;
      };

      /** A 24 px circle centred on `rect` touches no other target's box (the SC's spacing rule). */
      const spaced = (element: Element, rect: DOMRect): boolean => {
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height / 2;
        for (const [other, box] of rects) {
          if (other === element || other.contains(element) || element.contains(other)) continue;
          const dx = Math.max(box.left - x, 0, x - box.right);
          const dy = Math.max(box.top - y, 0, y - box.bottom);
          if (Math.hypot(dx, dy) < min / 2) return false;
        }
        return true;
      };

      const describe = (element: Element, rect: DOMRect): string => {
        const tag = element.tagName.toLowerCase();
        const classes =
          typeof element.className === 'string' && element.className
            ? `.${element.className.trim().split(/\s+/).join('.')}`
            : '';
        const labelText = [...((element as HTMLInputElement).labels ?? [])].map((l) => l.textContent).join(' ');
        const name = (element.getAttribute('aria-label') ?? (labelText || element.textContent) ?? '')
          .trim()
          .replace(/\s+/g, ' ')
          .slice(0, 40);
        return `${tag}${classes} "${name}" is ${Math.round(rect.width * 10) / 10} × ${Math.round(rect.height * 10) / 10} px`;
      };

      const out: string[] = [];
      const judged = scope ? [...document.querySelectorAll(scope)] : [document.documentElement];
      for (const [element, rect] of rects) {
        if (!judged.some((region) => region.contains(element))) continue;
        if (bigEnough(rect) || covered(element, rect)) continue;
        if (labelBigEnough(element)) continue;
        if (isLink(element) && (inSentence(element) || spaced(element, rect))) continue;
        out.push(describe(element, rect));
      }
      return out;
    },
    { min: MIN_TARGET_PX, scope: within ?? null },
  );
  return faults.map(
    (fault) => `[${label}] target size (WCAG 2.5.8): ${fault}, under ${MIN_TARGET_PX} × ${MIN_TARGET_PX}`,
  );
}
