import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCustom } from '@refinedev/core';
import { List } from '@refinedev/antd';
import { Alert, Button, Card, Col, Menu, Row, Space, Spin, Typography } from 'antd';
import type { ApiError } from '../../providers/http';
import type { DashboardSummary, QueryResult } from '../../types';
import { ListError } from '../../components/list-error';
import { ParamForm, initialValues, type ParamValues } from '../../components/analytics/param-form';
import { ResultChart } from '../../components/analytics/result-chart';
import { ResultTable } from '../../components/analytics/result-table';

/** The analyst dashboards (analytics/dashboards/*.sql): pick one, set its parameters, run, read the chart and table. */
export function DashboardsPage() {
  const [search, setSearch] = useSearchParams();
  const { query: listQuery, result: list } = useCustom<{ data: DashboardSummary[] }, ApiError>({ url: '/v1/admin/dashboards', method: 'get' });
  const dashboards = useMemo(() => list.data?.data ?? [], [list.data]);
  const selected = dashboards.find((d) => d.name === search.get('d')) ?? dashboards[0];

  return (
    <List title="Dashboards">
      {listQuery.isError && <ListError what="dashboards" error={listQuery.error} />}
      {listQuery.isLoading && <Spin />}
      <Row gutter={16}>
        <Col xs={24} lg={6}>
          <Menu
            data-testid="dashboard-menu"
            mode="inline"
            selectedKeys={selected ? [selected.name] : []}
            items={dashboards.map((d) => ({ key: d.name, label: d.title }))}
            onClick={({ key }) => setSearch({ d: key })}
          />
        </Col>
        <Col xs={24} lg={18}>
          {selected && <DashboardPanel key={selected.name} dashboard={selected} />}
        </Col>
      </Row>
    </List>
  );
}

function DashboardPanel({ dashboard }: { dashboard: DashboardSummary }) {
  const [values, setValues] = useState<ParamValues>(() => initialValues(dashboard.params));
  // What the last Run sent: the query key, so editing a field does not refetch until Run.
  const [applied, setApplied] = useState<ParamValues>(values);
  const { query, result } = useCustom<QueryResult & { name: string }, ApiError>({
    url: `/v1/admin/dashboards/${encodeURIComponent(dashboard.name)}`,
    method: 'get',
    config: { query: applied },
    queryOptions: { retry: false },
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    // The API names the parameter at fault as `query.<name>`.
    const fieldErrors = (query.error?.errors ?? {}) as Record<string, unknown>;
    setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k.replace(/^query\./, ''), String(v)])));
  }, [query.error]);
  const data = query.isSuccess ? result.data : undefined;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid={`dashboard-${dashboard.name}`}>
      <Card size="small" title={<span data-testid="dashboard-title">{dashboard.title}</span>}>
        <Typography.Paragraph>{dashboard.question}</Typography.Paragraph>
        {dashboard.notes && (
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true, symbol: 'more' }}>
            {dashboard.notes}
          </Typography.Paragraph>
        )}
        <Space align="start" wrap>
          <ParamForm params={dashboard.params} values={values} onChange={setValues} errors={errors} />
          <Button type="primary" data-testid="dashboard-run" loading={query.isFetching} onClick={() => (applied === values ? query.refetch() : setApplied(values))}>
            Run
          </Button>
        </Space>
      </Card>
      {query.isError && <Alert type="error" showIcon message="The dashboard could not run" description={query.error?.message} data-testid="dashboard-error" />}
      {data && (
        <>
          <ResultChart result={data} title={dashboard.title} />
          <ResultTable result={data} testId="dashboard-table" />
        </>
      )}
    </Space>
  );
}

export default DashboardsPage;
