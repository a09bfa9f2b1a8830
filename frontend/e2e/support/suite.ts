// One server and one browser page for a suite of steps: started before the first, stopped after
// the last; a failing step leaves a screenshot and prints the page's and the server's output.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { freePort, startBackend, type Backend } from './backend';
import { launchBrowser, openPage, screenshot, type TestPage } from './browser';

export interface BrowserSuite {
  backend: () => Backend;
  page: () => Page;
  tab: () => TestPage;
}

/** Registers the suite's hooks; `name` prefixes its failure screenshots. */
export function browserSuite(name: string, env: Record<string, string> = {}): BrowserSuite {
  let backend: Backend | undefined;
  let browser: Browser | undefined;
  let tab: TestPage | undefined;

  beforeAll(async () => {
    backend = await startBackend({ port: await freePort(), env });
    browser = await launchBrowser();
    tab = await openPage(browser, backend.url);
  });
  afterAll(async () => {
    await browser?.close();
    await backend?.stop();
  });
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      if (tab) await screenshot(tab.page, `FAILED-${name}-${task.name}`).catch(() => undefined);
      console.error(
        `"${task.name}" failed.\n${tab?.report() ?? ''}\n` +
          `Server ${backend?.running ? 'running' : 'NOT running'}; its output:\n` +
          (backend?.output() || '(none)'),
      );
    });
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error(`the ${name} suite has not started`);
    return value;
  };
  return {
    backend: () => started(backend),
    page: () => started(tab).page,
    tab: () => started(tab),
  };
}
