// The terminal's link to its data: one datafeed and one broker object for the page's whole
// life, backed by the server or by the offline demo account. The server is what the terminal
// uses; while it is unreachable the server's objects stay installed (the last account and
// prices stay on screen, the sockets keep retrying) and the mode says `disconnected`. The
// offline demo is only ever the trader's choice (`enterDemo`), and only the trader leaves it.
import { createBackendEndpoints, type BackendEndpoints } from '../plugins/backendEndpoints';
import type { ConnectionStatus as SocketStatus } from '../plugins/wsClient';
import type { BackendMode, EndpointName, EndpointStatus, Reachability } from '../types/connection';
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
  /** Whether the server answers, told in every mode (the demo banner says when it is back). */
  onReachability(reachability: Reachability): void;
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
  /**
   * Resolves once something is installed to trade on: the server, once it answered, or the
   * offline demo account, once the trader chose it. Until then the mode is `checking`, then
   * `disconnected` while no server answers.
   */
  start(): Promise<BackendMode>;
  /** Trades on the offline demo account until `leaveDemo()`. */
  enterDemo(): void;
  /** Back to the server: `online`, or `disconnected` until it answers. */
  leaveDemo(): void;
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
  let firstInstall: ((mode: BackendMode) => void) | undefined;
  let reachability: Reachability = 'checking';
  let mode: BackendMode = 'checking';
  let inDemo = false;

  const setMode = (next: BackendMode) => {
    if (next === mode) return;
    mode = next;
    events.onMode(next);
  };
  /** The mode once something is installed; tells a waiting start() the first time. */
  const installed = (next: BackendMode) => {
    setMode(next);
    firstInstall?.(next);
    firstInstall = undefined;
  };

  const monitor = createBackendMonitor({
    probe: options.probe ?? healthProbe(origin),
    onChange: (next) => {
      reachability = next;
      events.onReachability(next);
      if (inDemo) return; // the trader chose the demo; the banner says the server is back
      if (next === 'reachable') {
        if (endpoints === undefined) goOnline();
        else endpoints.reconnectNow();
        installed('online');
      } else if (next === 'unreachable') {
        setMode('disconnected');
      }
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
    endpoints = next;
    backendFeed = createBackendDatafeed({ api: next.api, ws: next.ws.datafeed });
    const createBroker = (host: BrokerHost) =>
      createBackendBroker(host, {
        api: next.api,
        ws: next.ws.broker,
        rememberedAccount: rememberedAccount(origin),
      });
    install(backendFeed, createBroker);
  }

  function closeBackend(): void {
    endpoints?.close();
    endpoints = undefined;
    backendFeed = undefined;
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
    throw new Error('The trading session has nothing installed yet; await start() first');
  };

  return {
    get datafeed() {
      return datafeed ?? notStarted();
    },
    get broker() {
      return broker ?? notStarted();
    },
    start() {
      const decided = new Promise<BackendMode>((resolve) => (firstInstall = resolve));
      monitor.start();
      return decided;
    },
    enterDemo() {
      if (inDemo) return;
      inDemo = true;
      const feed = createOfflineDatafeed();
      install(feed, (host) => createOfflineBroker(host));
      // After the switch, so the server's objects are gone from the switching ones first; from
      // the first screen there are none to close, and the server's links are down all the same.
      closeBackend();
      installed('demo');
    },
    leaveDemo() {
      if (!inDemo) return;
      inDemo = false;
      goOnline();
      installed(reachability === 'reachable' ? 'online' : 'disconnected');
      monitor.suspect();
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
