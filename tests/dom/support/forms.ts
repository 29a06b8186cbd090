/**
 * Form input as React sees it in happy-dom: React tracks an input's value through the value
 * setter of its prototype, so a test sets it there and then fires the event a browser fires.
 */
import { act } from 'react';

/** Types `value` into a text field or text area (replacing what it held), inside act(). */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  return act(async () => {
    Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Chooses `value` in a select, as the reader does, inside act(). */
export function chooseOption(select: HTMLSelectElement, value: string): Promise<void> {
  return act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** The field labelled by a `<label>` whose text starts with `label` (the field inside the label). */
export function fieldLabelled<T extends HTMLElement = HTMLInputElement | HTMLTextAreaElement>(
  container: ParentNode,
  label: string,
): T {
  const element = [...container.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label));
  const field = element?.control ?? element?.querySelector('input, textarea, select');
  if (!field) throw new Error(`No field labelled “${label}”`);
  return field as T;
}

/** Submits a form as pressing its submit button does (without the browser's own validation), inside act(). */
export function submitForm(form: HTMLFormElement): Promise<void> {
  return act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}
