// One BrokerService object the terminal keeps for its whole life, delegating to the backend's
// paper broker or the offline one. Each broker gets its own host wrapper, so a replaced broker
// can never push into the terminal again; after a switch the terminal re-reads everything.
import type { BrokerHost, BrokerService } from '../broker.service';

export interface SwitchingBroker extends BrokerService {
  /** Replaces the broker; `create` receives the host the new broker must push through. */
  use(create: (host: BrokerHost) => BrokerService): void;
}

export function createSwitchingBroker(
  host: BrokerHost,
  create: (host: BrokerHost) => BrokerService,
): SwitchingBroker {
  let generation = 0;
  const hostFor = (mine: number): BrokerHost => {
    const live = () => mine === generation;
    return {
      orderUpdate: (o, seq) => live() && host.orderUpdate(o, seq),
      positionUpdate: (p, seq) => live() && host.positionUpdate(p, seq),
      executionUpdate: (e, seq) => live() && host.executionUpdate(e, seq),
      equityUpdate: (e, seq) => live() && host.equityUpdate(e, seq),
      connectionStatusUpdate: (c) => live() && host.connectionStatusUpdate(c),
      fullUpdate: () => live() && host.fullUpdate(),
    };
  };
  let current = create(hostFor(generation));

  return {
    use(next) {
      current.destroy();
      generation++;
      current = next(hostFor(generation));
      host.fullUpdate();
    },
    connectionStatus: () => current.connectionStatus(),
    accountsMetainfo: () => current.accountsMetainfo(),
    currentAccount: () => current.currentAccount(),
    setCurrentAccount: (id) => current.setCurrentAccount(id),
    createAccount: (account) => current.createAccount(account),
    renameAccount: (id, name) => current.renameAccount(id, name),
    resetAccount: (id) => current.resetAccount(id),
    deleteAccount: (id) => current.deleteAccount(id),
    snapshot: () => current.snapshot(),
    config: () => current.config(),
    orders: () => current.orders(),
    positions: () => current.positions(),
    executions: (symbol) => current.executions(symbol),
    equity: () => current.equity(),
    placeOrder: (order, confirmId) => current.placeOrder(order, confirmId),
    previewOrder: (order) => current.previewOrder(order),
    modifyOrder: (id, order) => current.modifyOrder(id, order),
    cancelOrder: (id) => current.cancelOrder(id),
    closePosition: (id, amount) => current.closePosition(id, amount),
    editPositionBrackets: (id, brackets) => current.editPositionBrackets(id, brackets),
    leverageInfo: (params) => current.leverageInfo(params),
    setLeverage: (params) => current.setLeverage(params),
    previewLeverage: (params) => current.previewLeverage(params),
    destroy() {
      generation++;
      current.destroy();
    },
  };
}
