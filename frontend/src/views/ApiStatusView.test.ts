import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  fakeFetch,
  healthBody,
  healthyCoreApi,
  jsonResponse,
  versionsBody,
} from '../testing/fakeFetch';
import ApiStatusView from './ApiStatusView.vue';

function mountView() {
  return mount(ApiStatusView, { global: { plugins: [createPinia()] } });
}

const unavailable = {
  ...healthyCoreApi(),
  '/api/v1/core/health': () =>
    jsonResponse(
      { statusCode: 503, error: 'Service Unavailable', message: 'database is starting' },
      503,
      'Service Unavailable',
    ),
};

describe('ApiStatusView', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows the loading state until the API answers', async () => {
    let answer: (response: Response) => void = () => undefined;
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        ...healthyCoreApi(),
        '/api/v1/core/health': () => new Promise<Response>((resolve) => (answer = resolve)),
      }),
    );
    const wrapper = mountView();
    await flushPromises();

    expect(wrapper.get('[role="status"]').text()).toBe('Checking the API…');
    expect(wrapper.get('button').text()).toBe('Refreshing…');
    expect(wrapper.get('button').attributes('disabled')).toBeDefined();

    answer(jsonResponse(healthBody));
    await flushPromises();

    expect(wrapper.find('[role="status"]').exists()).toBe(false);
    expect(wrapper.get('button').text()).toBe('Refresh');
  });

  it('renders status, server time, modules, versions and documentation links', async () => {
    vi.stubGlobal('fetch', fakeFetch(healthyCoreApi()));
    const wrapper = mountView();
    await flushPromises();

    expect(wrapper.get('[data-test="overall"]').text()).toBe('OK');
    expect(wrapper.get('[data-test="health-status"]').text()).toBe('ok');
    expect(wrapper.get('[data-test="server-time"]').text()).toBe('2025-03-01 09:30:05 UTC');

    const modules = wrapper.get('[data-test="modules"]');
    expect(modules.find('h2').text()).toBe('Loaded modules (3)');
    expect(modules.findAll('.module-list__name').map((name) => name.text())).toEqual([
      'core',
      'datafeed',
      'broker',
    ]);
    expect(modules.findAll('a').map((link) => link.attributes('href'))).toEqual([
      '/api/v1/core/openapi.json',
      '/api/v1/datafeed/openapi.json',
      '/api/v1/broker/openapi.json',
    ]);

    const rows = wrapper.get('[data-test="versions"]').findAll('tbody tr');
    const cells = rows.map((row) => [
      row.get('.version-row__name').text(),
      ...row
        .findAll('td')
        .map((cell) => cell.text())
        .slice(1),
    ]);
    expect(cells).toEqual([
      ['v1', 'stable', '2025-01-15', '—'],
      ['v0', 'deprecated', '2024-06-01', '2025-01-15'],
    ]);
    expect(rows[0]?.get('.version-row__current').text()).toBe('current');
    expect(rows[0]?.classes()).toContain('version-row--current');
    expect(rows[1]?.find('.version-row__current').exists()).toBe(false);
    expect(rows[1]?.classes()).not.toContain('version-row--current');

    const docs = wrapper.get('[data-test="docs"]').findAll('a');
    expect(docs.map((link) => [link.text(), link.attributes('href')])).toEqual([
      ['Interactive API docs', '/api/v1/docs'],
      ['OpenAPI document (all modules)', '/api/v1/openapi.json'],
    ]);
    expect(wrapper.text()).toContain('Last checked');
  });

  it('shows the error with its message and recovers on retry', async () => {
    vi.stubGlobal('fetch', fakeFetch(unavailable));
    const wrapper = mountView();
    await flushPromises();

    const alert = wrapper.get('[role="alert"]');
    expect(wrapper.get('[data-test="overall"]').text()).toBe('Unreachable');
    expect(alert.get('[data-test="error-message"]').text()).toBe(
      'GET /api/v1/core/health failed (503 Service Unavailable): database is starting',
    );
    expect(wrapper.find('[data-test="modules"]').exists()).toBe(false);

    vi.stubGlobal('fetch', fakeFetch(healthyCoreApi()));
    const retry = alert.get('button');
    expect(retry.text()).toBe('Retry');
    await retry.trigger('click');
    await flushPromises();

    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.get('[data-test="overall"]').text()).toBe('OK');
    expect(wrapper.get('[data-test="modules"]').text()).toContain('datafeed');
  });

  it('reloads when Refresh is clicked', async () => {
    const first = fakeFetch(healthyCoreApi());
    vi.stubGlobal('fetch', first);
    const wrapper = mountView();
    await flushPromises();
    expect(first).toHaveBeenCalledTimes(2);

    const second = fakeFetch(
      healthyCoreApi({ ...healthBody, modules: ['core'] }, { ...versionsBody, current: 'v0' }),
    );
    vi.stubGlobal('fetch', second);
    await wrapper.get('button').trigger('click');
    await flushPromises();

    expect(second).toHaveBeenCalledTimes(2);
    expect(wrapper.get('[data-test="modules"] h2').text()).toBe('Loaded modules (1)');
    const current = wrapper.get('.version-row--current');
    expect(current.attributes('data-version')).toBe('v0');
  });

  it('refreshes every 10 seconds while mounted and stops once unmounted', async () => {
    // Only the interval is faked: flushPromises needs real timers to drain the fetch chain.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const fetch = fakeFetch(healthyCoreApi());
    vi.stubGlobal('fetch', fetch);
    const wrapper = mountView();
    await flushPromises();
    expect(fetch).toHaveBeenCalledTimes(2);

    vi.advanceTimersByTime(9_999);
    await flushPromises();
    expect(fetch).toHaveBeenCalledTimes(2);

    vi.advanceTimersByTime(1);
    await flushPromises();
    expect(fetch).toHaveBeenCalledTimes(4);

    wrapper.unmount();
    vi.advanceTimersByTime(30_000);
    await flushPromises();
    expect(fetch).toHaveBeenCalledTimes(4);
  });
});
