import { Card, Empty, Typography } from "antd";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { SalesInterval } from "../../types";
import type { ChartRow } from "../../lib/sales";
import { formatMajorCompact, LOCALE } from "../../lib/money";
import { dayjs } from "../../lib/time";

const PALETTE = ["#1677ff", "#52c41a", "#fa8c16", "#722ed1", "#eb2f96", "#13c2c2", "#faad14", "#2f54eb"];

type Props = { rows: ChartRow[]; currencies: string[]; interval: SalesInterval };

function tickLabel(interval: SalesInterval) {
  return (ts: number) => dayjs(ts).format(interval === "hour" ? "DD MMM HH:mm" : "DD MMM");
}

function formatMajor(value: number, currency: string): string {
  try {
    return new Intl.NumberFormat(LOCALE, { style: "currency", currency }).format(value);
  } catch {
    return `${value} ${currency}`;
  }
}

/** GMV per currency (major units, one line each) above orders per currency (stacked bars). */
export function SalesChart({ rows, currencies, interval }: Props) {
  const fmt = tickLabel(interval);
  const single = currencies.length === 1 ? currencies[0] : undefined;
  return (
    <Card title="GMV and orders" data-testid="sales-chart" data-buckets={rows.length} data-currencies={currencies.join(",")}>
      {rows.length === 0 || currencies.length === 0 ? (
        <Empty description="No sales in this window" />
      ) : (
        <>
          <Typography.Text type="secondary">GMV (major units, one line per currency)</Typography.Text>
          <div style={{ width: "100%", height: 280 }} data-testid="sales-chart-gmv">
            <ResponsiveContainer>
              <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="ts" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={fmt} minTickGap={24} />
                <YAxis tickFormatter={(v: number) => formatMajorCompact(v, single)} width={72} />
                <Tooltip
                  labelFormatter={(ts) => fmt(Number(ts))}
                  formatter={(value, name) => {
                    const currency = String(name).replace(/^GMV /, "");
                    return [formatMajor(Number(value), currency), String(name)];
                  }}
                />
                <Legend />
                {currencies.map((c, i) => (
                  <Line
                    key={c}
                    type="monotone"
                    dataKey={`gmv_${c}`}
                    name={`GMV ${c}`}
                    stroke={PALETTE[i % PALETTE.length]}
                    dot={rows.length <= 31}
                    strokeWidth={2}
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <Typography.Text type="secondary">Orders per bucket</Typography.Text>
          <div style={{ width: "100%", height: 220 }} data-testid="sales-chart-orders">
            <ResponsiveContainer>
              <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="ts" tickFormatter={fmt} minTickGap={24} />
                <YAxis allowDecimals={false} width={72} />
                <Tooltip labelFormatter={(ts) => fmt(Number(ts))} />
                <Legend />
                {currencies.map((c, i) => (
                  <Bar
                    key={c}
                    dataKey={`orders_${c}`}
                    name={`Orders ${c}`}
                    stackId="orders"
                    fill={PALETTE[i % PALETTE.length]}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
        </>
      )}
    </Card>
  );
}
