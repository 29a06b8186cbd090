/**
 * `@docusaurus/Translate` for DOM tests: the real module ships JSX and reads generated translation
 * files, so tests use this stand-in that returns each English default message with its {values}
 * filled in (translations are not what these tests check). `<Translate values>` may fill in
 * elements, as the real one does.
 */
import { createElement, Fragment, type ReactNode } from 'react';

export function translate(
  { message }: { id?: string; message: string; description?: string },
  values: Record<string, string | number> = {},
): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

export default function Translate({
  children,
  values = {},
}: {
  children: string;
  values?: Record<string, ReactNode>;
}): ReactNode {
  const parts = children.split(/(\{\w+\})/).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name !== undefined && name in values ? values[name] : part;
  });
  return createElement(Fragment, null, ...parts);
}
