// A terminal session on fakes for component tests: a fresh Pinia, the session store started
// with fake datafeed and broker, so components calling `session.broker()` reach the fakes.
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { useSessionStore } from '../stores/session';
import type { BackendMode } from '../types/connection';
import {
  fakeBroker,
  fakeDatafeed,
  fakeSessionFactory,
  type FakeBroker,
  type FakeDatafeed,
} from './fakeServices';

export interface FakeTerminal {
  pinia: Pinia;
  datafeed: FakeDatafeed;
  broker: FakeBroker;
}

/** `prepare` runs before the session starts, to set what the fake broker answers. */
export async function startFakeTerminal(
  prepare: (fakes: { datafeed: FakeDatafeed; broker: FakeBroker }) => void = () => undefined,
  mode: BackendMode = 'online',
): Promise<FakeTerminal> {
  const pinia = createPinia();
  setActivePinia(pinia);
  const datafeed = fakeDatafeed();
  const broker = fakeBroker();
  prepare({ datafeed, broker });
  await useSessionStore().start(fakeSessionFactory(datafeed, broker, mode).factory);
  return { pinia, datafeed, broker };
}
