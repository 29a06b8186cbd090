/**
 * Input from the floor, live, across two service instances on one PostgreSQL database, in
 * Chromium: the deployment behind a load balancer, where the attendee's phone and the projector
 * may reach different instances. An attendee (one browser profile) sends input with the keyboard
 * on instance A; the presenter view on instance B (another profile) counts it without reloading;
 * an editor approves it through B's moderation API; the presenter view on B then shows it exactly
 * once, and so does a presenter view on A. Only the LISTEN/NOTIFY bus (src/server/live/bus.ts)
 * carries the news from one instance to the other, so this proves the whole path a real event
 * depends on, from the browser's form to the other projector's DOM.
 *
 * tests/unit/server/liveInstances.test.ts proves the same bus with a Node stream reader; this file
 * adds the pages: the input form's request, the presenter's EventSource and its rendering.
 * Both instances serve ./build in this process (globalSetup checks that it exists) on a fresh
 * schema dropped afterwards. An unreachable PostgreSQL fails the file with the set-up hint.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModeratedAnnotation } from '../../src/shared/annotations';
import { EVENT_INPUT_PATH } from '../../src/shared/event';
import { cleanup, decide, moderatorHeaders } from '../unit/server/helpers';
import { admin } from '../unit/server/postgres';
import { startInstance, type Instance } from '../unit/server/postgresInstance';
import { launchBrowser, type Browser } from './support/browser';
import { floorItems, openPresenter, receivedCount, sendInputWithKeyboard } from './support/event';

const schema = `fw_e2e_live_${process.pid}_${Date.now().toString(36)}`;
const TEXT = 'Citizen data needs legal recognition in every member state.';
/** How long a change may take to reach a presenter view (vitest's 1 s default is tight on 2 busy cores). */
const LIVE = { timeout: 10_000 };

let a: Instance;
let b: Instance;
let presenterBrowser: Browser;
let attendeeBrowser: Browser;
let attendee: Page;
let presenterOnA: Page;
let presenterOnB: Page;
let reachable = false;

beforeAll(async () => {
  // Throws "start it with `bash scripts/test-setup.sh`" when PostgreSQL is down: the file fails.
  await admin('SELECT 1');
  reachable = true;
  const siteDir = path.resolve('build');
  a = await startInstance(schema, { siteDir });
  b = await startInstance(schema, { siteDir });
  presenterBrowser = await launchBrowser();
  attendeeBrowser = await presenterBrowser.newIsolatedBrowser();
  attendee = await attendeeBrowser.newPage();
  await attendee.setViewportSize({ width: 360, height: 740 });
  presenterOnA = await presenterBrowser.newPage();
  presenterOnB = await presenterBrowser.newPage();
});

afterAll(async () => {
  // Browsers first: their open event streams would otherwise hold the servers' close.
  await attendeeBrowser?.close();
  await presenterBrowser?.close();
  await a?.app.close();
  await b?.app.close();
  // Only when there was a database to create it in: otherwise the hint above would be repeated.
  if (reachable) await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await cleanup();
});

/** The id of the pending input showing `text`, as an editor on `instance` sees it. */
async function pendingInputId(instance: Instance, text: string): Promise<string> {
  const response = await instance.app.inject({
    url: `/api/moderation/annotations?status=pending&page=${EVENT_INPUT_PATH}`,
    headers: moderatorHeaders,
  });
  expect(response.statusCode).toBe(200);
  const { annotations } = response.json<{ annotations: ModeratedAnnotation[] }>();
  const id = annotations.find((annotation) => annotation.body === text)?.id;
  if (!id) throw new Error(`No pending input "${text}" on ${instance.base}.`);
  return id;
}

describe('input from the floor across two instances on PostgreSQL', () => {
  it('is sent on A, counted live on B, approved on B, and shown once on both presenter views', async () => {
    await openPresenter(presenterOnB, b.base);
    await openPresenter(presenterOnA, a.base);
    // A fresh schema: nothing received yet, whichever instance is asked.
    expect(await receivedCount(presenterOnB)).toBe(0);
    expect(await receivedCount(presenterOnA)).toBe(0);
    // Survives only if the page is never reloaded: every later change must arrive over the stream.
    await presenterOnB.evaluate(() => document.documentElement.setAttribute('data-test-same-page', ''));

    await sendInputWithKeyboard(attendee, a.base, { focus: 'b', text: TEXT, name: 'Ana, OPD network' });

    // B never received the request: its count rises only because A's NOTIFY reached it.
    await expect.poll(() => receivedCount(presenterOnB), LIVE).toBe(1);
    expect(await floorItems(presenterOnB, TEXT).count()).toBe(0);

    await decide(b.app, [await pendingInputId(b, TEXT)], 'approved');

    await floorItems(presenterOnB, TEXT).waitFor(LIVE);
    await floorItems(presenterOnA, TEXT).waitFor(LIVE);
    expect(await floorItems(presenterOnB, TEXT).innerText()).toContain('— Ana, OPD network');

    // "Exactly once" must hold after every state the approval caused, not only the first one shown:
    // later input (sent on A) moves both counts to 2, so both views have rendered every state that
    // followed the approval, and a duplicate (say, one from the bus and one from B's own change) would show.
    const later = await fetch(`${a.base}/api/event/input`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ focus: 'c', text: 'A later thought.' }),
    });
    expect(later.status).toBe(201);
    await later.arrayBuffer();
    await expect.poll(() => receivedCount(presenterOnB), LIVE).toBe(2);
    await expect.poll(() => receivedCount(presenterOnA), LIVE).toBe(2);
    expect(await floorItems(presenterOnB, TEXT).count()).toBe(1);
    expect(await floorItems(presenterOnA, TEXT).count()).toBe(1);
    expect(await presenterOnB.locator('html[data-test-same-page]').count()).toBe(1);
  });
});
