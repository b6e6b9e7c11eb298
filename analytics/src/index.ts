export { type AnalyticsStore, type ClickHouseOptions, closeEmbeddedClickHouse, openClickHouse, type ReadOnlyClient, type ReadOnlyLimits } from './clickhouse';
export {
  aggregateFunctions,
  analystClientLimits,
  AnalystQueryError,
  type AnalystQueryErrorCode,
  type AnalystQueryResult,
  checkAnalystQuery,
  executeAnalystQuery,
  runAnalystQuery,
  storableText,
} from './analyst-query';
export { type AnalystGate, type AnalystGateOptions, createAnalystGate } from './analyst-gate';
export { analystGrantProblems, excessGrants } from './analyst-grants';
export { type AnalyticsEvent, clickHouseSink, insertEvents } from './events';
export { migrateClickHouse } from './migrate';
export type { OutboxDB, OutboxTable } from './outbox';
export { type EventSink, RELAY_PARTITIONS, type RelayBatchOptions, type RelayHandle, type RelayOptions, relayBatch, startRelay } from './relay';
export { type RelayBacklog, relayBacklog, relayCounters } from './relay-metrics';
export { type EventStream, type EventStreamNames, type EventStreamOptions, eventStreamNames, jetStreamSink, NATS_PREFIX, openEventStream } from './jetstream';
export { type EventConsumerHandle, type EventConsumerOptions, startEventConsumer } from './jetstream-consumer';
export { type SalesBucket, type SalesInterval, type SalesQuery, salesMetrics } from './sales';
export { bindParams, type Dashboard, DashboardError, type DashboardParam, type DashboardResult, listDashboards, loadDashboard, runDashboard } from './dashboards';
export { formatTable } from './dashboard-table';
export { AGGREGATE_TYPES, type AggregateType, checkEvent, EVENT_CATALOGUE, type EventCheck, type EventDefinition, eventDefinition, parseEvent } from './catalogue';
