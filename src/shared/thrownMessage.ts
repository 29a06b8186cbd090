/**
 * The text to show or log for a thrown value: an Error's own message, or the value itself as text
 * (a library may throw a string, a rejected promise may carry anything). One definition for the
 * browser, the server and the scripts.
 *
 * Pure: no DOM, no Node APIs.
 */
export function thrownMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
