// Smoke test of the harness itself: the built server serves the built terminal, Chromium loads
// the API status page, and the page reaches the backend and shows it healthy.
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type TestPage } from './support/browser';
import { browserSuite } from './support/suite';

describe('API status page', () => {
  const suite = browserSuite('status');
  let tab: TestPage;
  beforeAll(() => {
    tab = suite.tab();
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
    const server = suite.backend();
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
