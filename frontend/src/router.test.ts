import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from './App.vue';
import { createAppRouter } from './router';
import { fakeFetch, healthyCoreApi } from './testing/fakeFetch';

async function mountAt(path: string) {
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [createPinia(), router] } });
  await flushPromises();
  return { wrapper, router };
}

describe('app routes', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', fakeFetch(healthyCoreApi()));
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('serves the trading terminal at /', () => {
    const router = createAppRouter(createMemoryHistory());

    expect(router.resolve('/').name).toBe('terminal');
  });

  it('shows the product name and a nav link to the status page', async () => {
    const { wrapper } = await mountAt('/status');

    expect(wrapper.get('.top-bar__brand').text()).toBe('Trading Pro');
    const links = wrapper.findAll('nav a').map((a) => [a.text(), a.attributes('href')]);
    expect(links).toEqual([
      ['Terminal', '/'],
      ['API status', '/status'],
    ]);
  });

  it('shows a not-found page with a way back for an unknown path', async () => {
    const { wrapper, router } = await mountAt('/no/such/page');

    expect(router.currentRoute.value.name).toBe('not-found');
    expect(wrapper.get('h1').text()).toBe('Page not found');
    expect(wrapper.get('code').text()).toBe('/no/such/page');

    // The way back leads to the terminal, the product's home.
    expect(router.resolve(wrapper.get('.not-found a').attributes('href')!).name).toBe('terminal');
  });
});
