// The terminal's link to its data: one datafeed and one broker object for the page's whole
// life, backed by the backend while it answers and by the offline demo while it does not.
// Switching either way happens by itself; the trader sees it in the mode badge and the
// per-endpoint indicators.
import { createBackendEndpoints, type BackendEndpoints } from '../plugins/backendEndpoints';
import type { ConnectionStatus as SocketStatus } from '../plugins/wsClient';
import type { BackendMode, EndpointName, EndpointStatus } from '../types/connection';
import { createBackendBroker } from './backend/backendBroker';
import { createBackendDatafeed, type BackendDatafeed } from './backend/backendDatafeed';
import { loadSetting, saveSetting } from '../storage/localSettings';
import { createBackendMonitor, healthProbe } from './backendMonitor';
import type { BrokerHost, BrokerService } from './broker.service';
import type { DatafeedService } from './datafeed.service';
import { createOfflineBroker } from './offline/offlineBroker';
import { createOfflineDatafeed } from './offline/offlineDatafeed';
import { createSwitchingBroker, type SwitchingBroker } from './switching/switchingBroker';
import { createSwitchingDatafeed, type SwitchingDatafeed } from './switching/switchingDatafeed';

export interface TradingSessionEvents {
  onMode(mode: BackendMode): void;
  onEndpointStatus(endpoint: EndpointName, status: EndpointStatus): void;
}

export interface TradingSessionOptions {
  host: BrokerHost;
  events: TradingSessionEvents;
  /** Defaults to the page's origin. */
  origin?: string;
  /** Replaceable for tests; the defaults are the real backend and the offline demo. */
  probe?: () => Promise<boolean>;
}

export interface TradingSession {
  readonly datafeed: DatafeedService;
  readonly broker: BrokerService;
  /** Resolves once the first probe decided between the backend and the offline demo. */
  start(): Promise<BackendMode>;
  stop(): void;
}

/** The server account traded on last, per server, so a reload comes back to it. */
function rememberedAccount(origin: string) {
  const key = `trading-pro.account.${origin}`;
  return {
    load: () =>
      loadSetting<string | undefined>(key, undefined, (v): v is string => typeof v === 'string'),
    save: (accountId: string) => saveSetting(key, accountId),
  };
}

const SOCKET_TO_ENDPOINT: Record<SocketStatus, EndpointStatus> = {
  connecting: 'connecting',
  open: 'connected',
  reconnecting: 'reconnecting',
  closed: 'disconnected',
};

export function createTradingSession(options: TradingSessionOptions): TradingSession {
  const origin = options.origin ?? globalThis.location.origin;
  const { events } = options;
  let endpoints: BackendEndpoints | undefined;
  let backendFeed: BackendDatafeed | undefined;
  let datafeed: SwitchingDatafeed | undefined;
  let broker: SwitchingBroker | undefined;
  let firstMode: ((mode: BackendMode) => void) | undefined;

  const monitor = createBackendMonitor({
    probe: options.probe ?? healthProbe(origin),
    onChange: (mode) => {
      if (mode === 'online') goOnline();
      if (mode === 'offline') goOffline();
      events.onMode(mode);
      firstMode?.(mode);
      firstMode = undefined;
    },
  });

  function goOnline(): void {
    const next = createBackendEndpoints({
      origin,
      onStatus: (endpoint, status) => {
        if (endpoints !== next) return;
        events.onEndpointStatus(endpoint, SOCKET_TO_ENDPOINT[status]);
        if (status === 'reconnecting') monitor.suspect();
      },
      onResync: (endpoint) => {
        if (endpoints !== next) return;
        if (endpoint === 'datafeed') backendFeed?.resync();
        else options.host.fullUpdate();
      },
    });
    const previous = endpoints;
    endpoints = next;
    backendFeed = createBackendDatafeed({ api: next.api, ws: next.ws.datafeed });
    const createBroker = (host: BrokerHost) =>
      createBackendBroker(host, {
        api: next.api,
        ws: next.ws.broker,
        rememberedAccount: rememberedAccount(origin),
      });
    install(backendFeed, createBroker);
    previous?.close();
  }

  function goOffline(): void {
    const previous = endpoints;
    endpoints = undefined;
    backendFeed = undefined;
    const feed = createOfflineDatafeed();
    install(feed, (host) => createOfflineBroker(host));
    previous?.close();
    events.onEndpointStatus('datafeed', 'disconnected');
    events.onEndpointStatus('broker', 'disconnected');
  }

  function install(feed: DatafeedService, createBroker: (host: BrokerHost) => BrokerService) {
    if (datafeed === undefined || broker === undefined) {
      datafeed = createSwitchingDatafeed(feed);
      broker = createSwitchingBroker(options.host, createBroker);
      return;
    }
    // The broker first: the offline broker listens to the offline feed being replaced.
    broker.use(createBroker);
    datafeed.use(feed);
  }

  const notStarted = (): never => {
    throw new Error('The trading session has not decided its mode yet; await start() first');
  };

  return {
    get datafeed() {
      return datafeed ?? notStarted();
    },
    get broker() {
      return broker ?? notStarted();
    },
    start() {
      const decided = new Promise<BackendMode>((resolve) => (firstMode = resolve));
      monitor.start();
      return decided;
    },
    stop() {
      monitor.stop();
      broker?.destroy();
      datafeed?.destroy();
      endpoints?.close();
      endpoints = undefined;
    },
  };
}
