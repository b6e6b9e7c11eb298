import { Card, Col, Empty, Row } from 'antd';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SalesInterval } from '../../types';
import type { ChartRow } from '../../lib/sales';
import { formatMajorCompact, LOCALE } from '../../lib/money';
import { dayjs } from '../../lib/time';

const GMV_COLORS = ['#1d4ed8', '#7c3aed', '#0f766e', '#b45309', '#be185d'];
const ORDERS_COLOR = '#94a3b8';

type Props = { rows: ChartRow[]; currencies: string[]; interval: SalesInterval };

/** Hours in local time; days as the API buckets them (UTC midnight), so a day never shows as the previous one. */
function tickLabel(interval: SalesInterval) {
  return (ts: number) => (interval === 'hour' ? dayjs(ts).format('DD MMM HH:mm') : dayjs.utc(ts).format('DD MMM'));
}

function formatMajor(value: number, currency: string): string {
  try {
    return new Intl.NumberFormat(LOCALE, { style: 'currency', currency }).format(value);
  } catch {
    return `${value} ${currency}`;
  }
}

/**
 * GMV and orders per bucket, one panel per currency: GMV (major units) as a line on the left
 * axis, orders as bars on the right axis. Currencies get their own panel (and scale) because
 * GMV in JPY and EUR on one axis would flatten the EUR line to zero.
 */
export function SalesChart({ rows, currencies, interval }: Props) {
  const fmt = tickLabel(interval);
  return (
    <div data-testid="sales-chart" data-buckets={rows.length} data-currencies={currencies.join(',')}>
      {rows.length === 0 || currencies.length === 0 ? (
        <Card title="GMV and orders">
          <Empty description="No sales in this window" />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {currencies.map((c, i) => (
            <Col key={c} xs={24} xxl={currencies.length > 1 ? 12 : 24}>
              <Card title={`GMV and orders · ${c}`} size="small">
                <div style={{ width: '100%', height: 300 }} data-testid={`sales-chart-${c}`}>
                  <ResponsiveContainer>
                    <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
                      <CartesianGrid strokeDasharray="3 3" vertical={false} />
                      <XAxis dataKey="ts" tickFormatter={fmt} minTickGap={28} />
                      <YAxis yAxisId="gmv" tickFormatter={(v: number) => formatMajorCompact(v, c)} width={72} />
                      <YAxis yAxisId="orders" orientation="right" allowDecimals={false} width={40} />
                      <Tooltip
                        labelFormatter={(ts) => fmt(Number(ts))}
                        formatter={(value, name) => (String(name).startsWith('GMV') ? [formatMajor(Number(value), c), String(name)] : [String(value), String(name)])}
                      />
                      <Legend />
                      <Bar yAxisId="orders" dataKey={`orders_${c}`} name={`Orders ${c}`} fill={ORDERS_COLOR} fillOpacity={0.6} isAnimationActive={false} />
                      <Line
                        yAxisId="gmv"
                        type="linear"
                        dataKey={`gmv_${c}`}
                        name={`GMV ${c}`}
                        stroke={GMV_COLORS[i % GMV_COLORS.length]}
                        strokeWidth={2}
                        dot={rows.length <= 31}
                        isAnimationActive={false}
                      />
                    </ComposedChart>
                  </ResponsiveContainer>
                </div>
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
