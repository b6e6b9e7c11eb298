export { type AnalyticsStore, type ClickHouseOptions, closeEmbeddedClickHouse, openClickHouse } from './clickhouse';
export { type AnalyticsEvent, insertEvents } from './events';
export { migrateClickHouse } from './migrate';
export type { OutboxDB, OutboxTable } from './outbox';
export { type EventSink, RELAY_PARTITIONS, type RelayBatchOptions, type RelayHandle, type RelayOptions, relayBatch, startRelay } from './relay';
export { type RelayBacklog, relayBacklog, relayCounters } from './relay-metrics';
export { type EventStream, type EventStreamOptions, jetStreamSink, openEventStream } from './jetstream';
export { type EventConsumerHandle, type EventConsumerOptions, startEventConsumer } from './jetstream-consumer';
export { type SalesBucket, type SalesInterval, type SalesQuery, salesMetrics } from './sales';
export {
  bindParams,
  type Dashboard,
  DashboardError,
  type DashboardParam,
  type DashboardResult,
  listDashboards,
  loadDashboard,
  runDashboard,
} from './dashboards';
export { formatTable } from './dashboard-table';
