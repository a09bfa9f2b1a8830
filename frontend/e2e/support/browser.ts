// Debian's Chromium driven by playwright-core: the tests never download a browser. Each page
// records what goes wrong in it (console errors, uncaught exceptions, failed requests) so a
// failing step can say more than "timed out", and screenshots land in e2e/artifacts/.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));
export const VIEWPORT = { width: 1440, height: 900 };

export interface PageDiagnostics {
  /** `console.error` messages. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** Requests that got no response (refused, aborted) and responses with status ≥ 500. */
  failedRequests: string[];
}

export interface TestPage {
  page: Page;
  diagnostics: PageDiagnostics;
  /** The diagnostics as text, for failure messages. */
  report(): string;
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}. \`make test-e2e\` installs it ` +
        '(apt-get install -y chromium); or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox'],
  });
}

/** A fresh context (1440×900, relative URLs against `baseURL`) and its page, watched. */
export async function openPage(browser: Browser, baseURL: string): Promise<TestPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, baseURL });
  const page = await context.newPage();
  const diagnostics: PageDiagnostics = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  const at = () => new Date().toISOString().slice(11, 23);

  page.on('console', (message) => {
    if (message.type() === 'error') diagnostics.consoleErrors.push(`${at()} ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    diagnostics.pageErrors.push(`${at()} ${error.stack ?? error.message}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    diagnostics.failedRequests.push(`${at()} ${request.method()} ${request.url()}: ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 500) {
      const request = response.request();
      diagnostics.failedRequests.push(
        `${at()} ${request.method()} ${response.url()}: HTTP ${response.status()}`,
      );
    }
  });

  const section = (title: string, lines: string[]) =>
    `${title} (${lines.length}):${lines.length === 0 ? ' none' : `\n  ${lines.slice(-20).join('\n  ')}`}`;
  return {
    page,
    diagnostics,
    report: () =>
      [
        section('uncaught page errors', diagnostics.pageErrors),
        section('console errors', diagnostics.consoleErrors),
        section('failed requests', diagnostics.failedRequests),
      ].join('\n'),
  };
}

/** Saves the viewport as `e2e/artifacts/NAME.png` and returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = join(artifactsDir, `${name.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 120)}.png`);
  await page.screenshot({ path: file, timeout: 10_000 });
  return file;
}
