/**
 * A temporary directory for a test, removed when it is no longer needed: when the test ends if
 * made inside a test, when the file's tests end if made while they are collected (at a file's top
 * level or in a `describe`). Test runs left a dozen site trees in the system's temporary folder
 * each before this.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, onTestFinished } from 'vitest';
import { getCurrentTest } from 'vitest/suite';

/** @param prefix the start of the directory's name, for whoever finds one left by a crashed run. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  if (getCurrentTest()) onTestFinished(remove);
  else afterAll(remove);
  return dir;
}
