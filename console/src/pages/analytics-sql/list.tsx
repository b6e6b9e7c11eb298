import { useState } from 'react';
import { useCustomMutation } from '@refinedev/core';
import { List } from '@refinedev/antd';
import { Alert, Button, Input, Space, Typography } from 'antd';
import type { ApiError } from '../../providers/http';
import type { AnalystQueryResult } from '../../types';
import { ResultTable } from '../../components/analytics/result-table';

const EXAMPLE = 'SELECT event_type, count() AS events\nFROM events FINAL\nGROUP BY event_type\nORDER BY events DESC';

/**
 * Analysts' own SQL: one SELECT over the analytics database, read-only and limited in rows and
 * time by ClickHouse itself (POST /v1/admin/analytics/query). Every run is audited.
 */
export function AnalyticsSqlPage() {
  const [sql, setSql] = useState(EXAMPLE);
  const { mutate, mutation } = useCustomMutation<AnalystQueryResult, ApiError, { sql: string }>();
  const run = () => mutate({ url: '/v1/admin/analytics/query', method: 'post', values: { sql }, successNotification: false, errorNotification: false });
  const result = mutation.isError ? undefined : mutation.data?.data;
  const error = mutation.isError ? mutation.error : null;

  return (
    <List title="SQL">
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          One SELECT over the analytics database, checked against allowlists of functions and tables before it runs; read-only and limited (rows, time, memory); every query, run or
          refused, is audited.
        </Typography.Text>
        <Input.TextArea
          aria-label="SQL"
          data-testid="sql-editor"
          value={sql}
          onChange={(e) => setSql(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run();
          }}
          autoSize={{ minRows: 6, maxRows: 20 }}
          style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' }}
          spellCheck={false}
        />
        <Button type="primary" data-testid="sql-run" loading={mutation.isPending} onClick={run} disabled={!sql.trim()}>
          Run (Ctrl+Enter)
        </Button>
        {error && (
          <Alert
            type="error"
            showIcon
            data-testid="sql-error"
            message={error.code ? `Refused: ${error.code}` : 'The query failed'}
            description={<pre style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{error.message}</pre>}
          />
        )}
        {result && (
          <>
            {result.truncated && (
              <Alert
                type="warning"
                showIcon
                data-testid="sql-truncated"
                message={`Showing the first ${result.max_rows} rows: the result has more. Aggregate, filter or add a LIMIT.`}
              />
            )}
            <Typography.Text data-testid="sql-row-count">{result.rows.length} rows</Typography.Text>
            <ResultTable result={result} testId="sql-result" />
          </>
        )}
      </Space>
    </List>
  );
}

export default AnalyticsSqlPage;
