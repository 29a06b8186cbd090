/**
 * "Comment on this passage": when the reader selects text inside one block (with the mouse, or
 * with Shift+arrow keys), a button appears next to the selection. It is inserted at the start of
 * the block's own controls, so it sits in the tab order right after the selected text, and while
 * it shows, the next Tab goes to it wherever focus was (after a keyboard selection focus is often
 * still on an earlier control). Part of the always-loaded module, so it stays small.
 */
import { translate } from '@docusaurus/Translate';
import '../codeTranslations/comments';
import { BLOCK, BLOCK_SELECTOR } from '../../shared/blocks';
import { announce } from '../announce';

/** Class of the floating button (styled in custom.css, as it exists before the UI chunk loads). */
export const PASSAGE_BUTTON_CLASS = 'fw-passage-button';

type Activate = (block: Element, range: Range, button: HTMLButtonElement) => void;

let button: HTMLButtonElement | null = null;
let selected: { block: Element; range: Range } | null = null;
let pointerDown = false;

function blockOf(node: Node): Element | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(BLOCK_SELECTOR) ?? null;
}

function controlsOf(block: Element): Element | null {
  for (const controls of block.querySelectorAll(`.${BLOCK.controlsClassName}`)) {
    if (controls.closest(BLOCK_SELECTOR) === block) return controls;
  }
  return null;
}

/** Removes the button (selection gone, page changed, or a panel opened). */
export function hidePassageButton(): void {
  button?.remove();
  selected = null;
}

function show(block: Element, range: Range, activate: Activate): void {
  const controls = controlsOf(block);
  if (!controls) return;
  const isNew = !button?.isConnected || selected?.block !== block;
  if (!button) {
    button = document.createElement('button');
    button.type = 'button';
    button.className = PASSAGE_BUTTON_CLASS;
    button.textContent = translate({ id: 'comments.passage.button', message: 'Comment on this passage' });
    button.addEventListener('click', () => {
      if (selected && button) activate(selected.block, selected.range, button);
    });
  }
  selected = { block, range };
  if (button.parentElement !== controls) controls.prepend(button);
  const rect = range.getBoundingClientRect();
  const origin = block.getBoundingClientRect();
  button.style.top = `${Math.round(rect.bottom - origin.top + 4)}px`;
  button.style.left = `${Math.round(Math.max(0, Math.min(rect.left - origin.left, origin.width - 220)))}px`;
  if (isNew) {
    announce(
      translate({
        id: 'comments.passage.announce',
        message: 'Text selected. The next Tab stop is the “Comment on this passage” button.',
      }),
    );
  }
}

function update(activate: Activate): void {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
    if (document.activeElement !== button) hidePassageButton();
    return;
  }
  const range = selection.getRangeAt(0);
  const block = blockOf(range.startContainer);
  if (!block || block !== blockOf(range.endContainer) || !range.toString().trim()) {
    hidePassageButton();
    return;
  }
  show(block, range.cloneRange(), activate);
}

/**
 * Starts watching the reader's selection.
 *
 * @param activate - called when the reader chooses the button, with the block and the selection
 */
export function watchSelection(activate: Activate): void {
  let frame = 0;
  const schedule = () => {
    if (pointerDown) return;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => update(activate));
  };
  document.addEventListener('selectionchange', schedule);
  // The selection that made the entry point load this code (clientModule.ts) is already there.
  schedule();
  document.addEventListener('pointerdown', (event) => {
    if (event.target !== button) pointerDown = true;
  });
  document.addEventListener('pointerup', () => {
    pointerDown = false;
    schedule();
  });
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
      if (!button?.isConnected || document.activeElement === button || document.getSelection()?.isCollapsed) return;
      // Only take over Tab when the button can really take focus: behind a modal panel it is
      // inert, and swallowing Tab there would trap the keyboard.
      button.focus();
      if (document.activeElement === button) event.preventDefault();
    },
    true,
  );
}
