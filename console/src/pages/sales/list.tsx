import { useMemo, useState } from 'react';
import { useCustom } from '@refinedev/core';
import { List } from '@refinedev/antd';
import { Button, Segmented, Space, Typography } from 'antd';
import type { ApiError } from '../../providers/http';
import type { SalesInterval, SalesMetrics } from '../../types';
import { SalesChart } from '../../components/sales/sales-chart';
import { SalesSummaryCards } from '../../components/sales/sales-summary';
import { DEFAULT_INTERVAL, currenciesOf, summarize, toChartRows, windowFor, type SalesRange } from '../../lib/sales';
import { formatDateTime } from '../../lib/time';
import { ListError } from '../../components/list-error';

const RANGE_OPTIONS: { value: SalesRange; label: string }[] = [
  { value: '24h', label: 'Last 24h' },
  { value: '7d', label: 'Last 7d' },
  { value: '30d', label: 'Last 30d' },
];

const INTERVAL_OPTIONS: { value: SalesInterval; label: string }[] = [
  { value: 'hour', label: 'Hourly' },
  { value: 'day', label: 'Daily' },
];

/** Sales dashboard: GMV and orders per bucket from /v1/admin/metrics/sales. */
export function SalesDashboard() {
  const [range, setRange] = useState<SalesRange>('7d');
  const [interval, setBucketInterval] = useState<SalesInterval>(DEFAULT_INTERVAL['7d']);
  // The window is fixed when chosen (not on every render), so the query key is stable.
  const [span, setSpan] = useState(() => windowFor('7d'));

  const { query, result } = useCustom<SalesMetrics, ApiError>({
    url: '/v1/admin/metrics/sales',
    method: 'get',
    config: { query: { from: span.from, to: span.to, interval } },
  });

  const metrics = query.isError ? undefined : result.data;
  const buckets = useMemo(() => metrics?.buckets ?? [], [metrics]);
  const currencies = useMemo(() => currenciesOf(buckets), [buckets]);
  const rows = useMemo(() => toChartRows(buckets, metrics?.interval ?? interval, metrics?.from ?? span.from, metrics?.to ?? span.to), [buckets, metrics, interval, span]);
  const summary = useMemo(() => summarize(buckets), [buckets]);

  const chooseRange = (r: SalesRange) => {
    setRange(r);
    setBucketInterval(DEFAULT_INTERVAL[r]);
    setSpan(windowFor(r));
  };

  return (
    <List
      title="Sales"
      headerButtons={
        <Space wrap>
          <Segmented<SalesRange> aria-label="Range" data-testid="sales-range" value={range} options={RANGE_OPTIONS} onChange={chooseRange} />
          <Segmented<SalesInterval> aria-label="Interval" data-testid="sales-interval" value={interval} options={INTERVAL_OPTIONS} onChange={setBucketInterval} />
          <Button onClick={() => setSpan(windowFor(range))} loading={query.isFetching} data-testid="refresh">
            Refresh
          </Button>
        </Space>
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Text type="secondary" data-testid="sales-window">
          {formatDateTime(span.from)} → {formatDateTime(span.to)} · {interval === 'hour' ? 'hourly' : 'daily'} buckets
        </Typography.Text>
        {query.isError && <ListError what="sales metrics" error={query.error} />}
        <SalesSummaryCards summary={summary} loading={query.isLoading} />
        <SalesChart rows={rows} currencies={currencies} interval={metrics?.interval ?? interval} />
      </Space>
    </List>
  );
}

export default SalesDashboard;
