/**
 * `@docusaurus/Translate` for DOM tests: the real module ships JSX and reads generated translation
 * files, so tests use this stand-in that returns each English default message with its {values}
 * filled in (translations are not what these tests check).
 */
export function translate(
  { message }: { id?: string; message: string; description?: string },
  values: Record<string, string | number> = {},
): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

export default function Translate({ children }: { children: string }): string {
  return children;
}
