// Smoke test of the harness itself: the built server serves the built terminal, Chromium loads
// the API status page, and the page reaches the backend and shows it healthy.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freePort, startBackend, type Backend } from './support/backend';
import { launchBrowser, openPage, screenshot, type TestPage } from './support/browser';

describe('API status page', () => {
  let backend: Backend | undefined;
  let browser: Browser | undefined;
  let tab: TestPage;

  beforeAll(async () => {
    backend = await startBackend({ port: await freePort() });
    browser = await launchBrowser();
    tab = await openPage(browser, backend.url);
  });

  afterAll(async () => {
    await browser?.close();
    await backend?.stop();
  });

  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      await screenshot(tab.page, `FAILED-status-${task.name}`).catch(() => undefined);
      console.error(`${task.name} failed.\n${tab.report()}\nServer output:\n${backend?.output()}`);
    });
  });

  it('loads /status and shows the backend healthy', async () => {
    const { page } = tab;
    await page.goto('/status');
    await page.getByRole('heading', { name: 'API status' }).waitFor({ timeout: 15_000 });
    const health = page.locator('[data-test="health-status"]');
    await health.waitFor({ timeout: 15_000 });
    await expect.poll(() => health.innerText(), { timeout: 15_000 }).toBe('ok');
    await screenshot(page, 'status');
  });

  // The crash/restart that the terminal's reconnect scenario relies on, checked on its own.
  it('comes back on the same port and data after a SIGKILL', async () => {
    const server = backend!;
    const { port, dataDir } = server;
    await server.kill();
    await expect(fetch(`${server.url}/api/v1/core/health`)).rejects.toThrow();
    await server.restart();
    expect([server.port, server.dataDir]).toEqual([port, dataDir]);
    expect((await fetch(`${server.url}/api/v1/core/health`)).status).toBe(200);

    await tab.page.reload();
    await expect
      .poll(() => tab.page.locator('[data-test="health-status"]').innerText(), { timeout: 15_000 })
      .toBe('ok');
  });

  it('raised no uncaught page errors', () => {
    expect(tab.diagnostics.pageErrors, tab.report()).toEqual([]);
  });
});
