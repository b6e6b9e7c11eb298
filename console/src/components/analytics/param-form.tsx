import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { DashboardParam } from '../../types';
import { dayjs } from '../../lib/time';

export type ParamValues = Record<string, string>;

const DATE_TIME = /^DateTime/;
const INTEGER = /^U?Int\d+$/;

/** from/to DateTime parameters are edited together as one range. */
export const isRange = (params: DashboardParam[]) => ['from', 'to'].every((n) => params.some((p) => p.name === n && DATE_TIME.test(p.type)));

/** Starting values: each declared default; a from/to range covers the last 30 days (UTC midnights). */
export function initialValues(params: DashboardParam[]): ParamValues {
  const values: ParamValues = {};
  for (const p of params) if (p.default !== null) values[p.name] = p.default;
  if (isRange(params)) {
    values.from = dayjs.utc().startOf('day').subtract(30, 'day').toISOString();
    values.to = dayjs.utc().startOf('day').add(1, 'day').toISOString();
  }
  return values;
}

type Props = { params: DashboardParam[]; values: ParamValues; onChange: (values: ParamValues) => void; errors: Record<string, string> };

/**
 * One input per dashboard parameter, chosen from its ClickHouse type: a date range for from/to,
 * a date(-time) picker, a select for a fixed set of values, a number or a text box.
 */
export function ParamForm({ params, values, onChange, errors }: Props) {
  const set = (patch: ParamValues) => onChange({ ...values, ...patch });
  const range = isRange(params);
  const item = (name: string, label: string, help: string, control: React.ReactNode) => (
    <Form.Item key={name} label={label} tooltip={help} validateStatus={errors[name] ? 'error' : undefined} help={errors[name]}>
      {control}
    </Form.Item>
  );
  return (
    <Form layout="inline" data-testid="dashboard-params">
      {range &&
        item(
          'from',
          'Window',
          'from (inclusive) → to (exclusive), in your local time',
          <DatePicker.RangePicker
            data-testid="param-range"
            showTime
            allowClear={false}
            value={[dayjs(values.from), dayjs(values.to)]}
            onChange={(r) => r?.[0] && r[1] && set({ from: r[0].toISOString(), to: r[1].toISOString() })}
          />,
        )}
      {params
        .filter((p) => !(range && (p.name === 'from' || p.name === 'to')))
        .map((p) => {
          const value = values[p.name];
          const testId = `param-${p.name}`;
          if (p.one_of) {
            return item(
              p.name,
              p.name,
              p.description,
              <Select
                data-testid={testId}
                style={{ minWidth: 120 }}
                value={value}
                options={p.one_of.map((v) => ({ value: v, label: v }))}
                onChange={(v) => set({ [p.name]: v })}
              />,
            );
          }
          if (DATE_TIME.test(p.type) || p.type === 'Date') {
            const dateOnly = p.type === 'Date';
            return item(
              p.name,
              p.name,
              p.description,
              <DatePicker
                data-testid={testId}
                showTime={!dateOnly}
                value={value ? dayjs(value) : null}
                onChange={(d) => set({ [p.name]: d ? (dateOnly ? d.format('YYYY-MM-DD') : d.toISOString()) : '' })}
              />,
            );
          }
          if (INTEGER.test(p.type) || p.type === 'Float64') {
            return item(
              p.name,
              p.name,
              p.description,
              <InputNumber
                data-testid={testId}
                value={value === undefined || value === '' ? null : Number(value)}
                onChange={(v) => set({ [p.name]: v === null ? '' : String(v) })}
              />,
            );
          }
          return item(p.name, p.name, p.description, <Input data-testid={testId} style={{ width: 120 }} value={value} onChange={(e) => set({ [p.name]: e.target.value })} />);
        })}
    </Form>
  );
}
