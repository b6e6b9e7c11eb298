import { useMemo, useState } from 'react';
import { Card, Empty, Select, Space, Typography } from 'antd';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { QueryResult } from '../../types';
import { chartSpec } from '../../lib/result-chart';
import { dayjs } from '../../lib/time';

const COLORS = ['#1d4ed8', '#7c3aed', '#0f766e', '#b45309', '#be185d', '#15803d', '#0369a1', '#9f1239'];

/** A result drawn as lines over time or bars per category (see lib/result-chart), with a measure picker. */
export function ResultChart({ result, title }: { result: QueryResult; title: string }) {
  const [measure, setMeasure] = useState<string | undefined>();
  const spec = useMemo(() => chartSpec(result, measure), [result, measure]);
  if (!spec) {
    return (
      <Card title={title} size="small" data-testid="result-chart" data-kind="none">
        <Empty description={result.rows.length === 0 ? 'No rows for these parameters' : 'Nothing to chart in this result; see the table'} />
      </Card>
    );
  }
  const tick = (ts: number) => dayjs.utc(ts).format('YYYY-MM-DD HH:mm').replace(' 00:00', '');
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      {spec.kind === 'line' ? (
        <XAxis dataKey={spec.x} type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={tick} minTickGap={28} />
      ) : (
        <XAxis dataKey={spec.x} interval={0} tick={{ fontSize: 11 }} />
      )}
      <YAxis width={72} />
      <Tooltip labelFormatter={(v) => (spec.kind === 'line' ? tick(Number(v)) : String(v))} />
      <Legend />
    </>
  );
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Space>
          <Typography.Text type="secondary">{spec.split ? `by ${spec.split}` : ''}</Typography.Text>
          <Select
            aria-label="Measure"
            data-testid="chart-measure"
            size="small"
            style={{ minWidth: 160 }}
            value={spec.measure}
            options={spec.measures.map((m) => ({ value: m, label: m }))}
            onChange={setMeasure}
          />
        </Space>
      }
    >
      <div style={{ width: '100%', height: 320 }} data-testid="result-chart" data-kind={spec.kind} data-points={spec.data.length} data-series={spec.series.join(',')}>
        <ResponsiveContainer>
          {spec.kind === 'line' ? (
            <LineChart data={spec.data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
              {axes}
              {spec.series.map((s, i) => (
                <Line key={s} type="linear" dataKey={s} name={s} stroke={COLORS[i % COLORS.length]} strokeWidth={2} dot connectNulls isAnimationActive={false} />
              ))}
            </LineChart>
          ) : (
            <BarChart data={spec.data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
              {axes}
              {spec.series.map((s, i) => (
                <Bar key={s} dataKey={s} name={s} fill={COLORS[i % COLORS.length]} isAnimationActive={false} />
              ))}
            </BarChart>
          )}
        </ResponsiveContainer>
      </div>
    </Card>
  );
}
