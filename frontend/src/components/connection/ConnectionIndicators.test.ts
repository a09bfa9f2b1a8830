import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { useConnectionStore } from '../../stores/connection';
import ConnectionIndicators from './ConnectionIndicators.vue';

function mountIndicators() {
  const pinia = createPinia();
  setActivePinia(pinia);
  return mount(ConnectionIndicators, { global: { plugins: [pinia] } });
}

beforeEach(() => {
  setActivePinia(createPinia());
});

describe('ConnectionIndicators', () => {
  it('shows each endpoint with its status', async () => {
    const wrapper = mountIndicators();
    const status = (name: string) =>
      wrapper.get(`[data-testid="conn-${name}"]`).attributes('data-status');
    expect([status('datafeed'), status('broker')]).toEqual(['connecting', 'connecting']);

    const connection = useConnectionStore();
    connection.setEndpoint('datafeed', 'connected');
    connection.setEndpoint('broker', 'reconnecting');
    await nextTick();
    expect([status('datafeed'), status('broker')]).toEqual(['connected', 'reconnecting']);
    expect(wrapper.get('[data-testid="conn-datafeed"]').text()).toBe('Market data: connected');
    expect(wrapper.get('[data-testid="conn-broker"]').attributes('title')).toBe(
      'Broker: reconnecting…',
    );
    expect(wrapper.get('[data-testid="conn-broker"] .connection__dot').classes()).toContain(
      'connection__dot--reconnecting',
    );
  });

  it("adds the broker's own message to its tooltip", async () => {
    const wrapper = mountIndicators();
    const connection = useConnectionStore();
    connection.setEndpoint('broker', 'connected');
    connection.setBrokerInfo({ status: 1, message: 'Offline demo account', timestamp: 0 });
    await nextTick();
    expect(wrapper.get('[data-testid="conn-broker"]').attributes('title')).toBe(
      'Broker: connected — Offline demo account',
    );
  });

  it('shows the demo badge only on the offline demo account, the disconnected one only while disconnected', async () => {
    const wrapper = mountIndicators();
    const connection = useConnectionStore();
    const badge = () => wrapper.find('[data-testid="mode-badge"]');
    const down = () => wrapper.find('[data-testid="disconnected-badge"]');
    expect(badge().exists()).toBe(false); // checking
    connection.setMode('online');
    await nextTick();
    expect([badge().exists(), down().exists()]).toEqual([false, false]);
    connection.setMode('disconnected');
    await nextTick();
    expect([badge().exists(), down().text()]).toEqual([false, 'Disconnected']);
    connection.setMode('demo');
    await nextTick();
    expect([badge().text(), down().exists()]).toEqual(['Offline demo account', false]);
    connection.setMode('online');
    await nextTick();
    expect(badge().exists()).toBe(false);
  });

  it('says it is reconnecting while a live link to the server is down', async () => {
    const wrapper = mountIndicators();
    const connection = useConnectionStore();
    const badge = () => wrapper.find('[data-testid="link-badge"]');
    connection.setMode('online');
    await nextTick();
    expect(badge().exists()).toBe(false); // still connecting at start: nothing was lost
    connection.setEndpoint('datafeed', 'connected');
    connection.setEndpoint('broker', 'reconnecting');
    await nextTick();
    expect(badge().text()).toBe('Reconnecting…');
    connection.setEndpoint('broker', 'connected');
    await nextTick();
    expect(badge().exists()).toBe(false);
    connection.setEndpoint('datafeed', 'disconnected');
    await nextTick();
    expect(badge().exists()).toBe(true);
    // Disconnected, that badge says it all.
    connection.setMode('disconnected');
    await nextTick();
    expect(badge().exists()).toBe(false);
    expect(wrapper.find('[data-testid="disconnected-badge"]').exists()).toBe(true);
  });
});
