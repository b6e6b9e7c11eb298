import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { CrudFilter } from '@refinedev/core';
import { List } from '@refinedev/antd';
import { Button, Form, Input, Space } from 'antd';
import type { AuditEntry } from '../../types';
import { useCursorList } from '../../hooks/use-cursor-list';
import { CursorTable } from '../../components/cursor-table';
import { AUDIT_COLUMNS } from '../../components/audit-columns';

const FILTERS = [
  { name: 'entity_type', label: 'Entity type', placeholder: 'user, fraud_case, order…' },
  { name: 'entity_id', label: 'Entity id', placeholder: 'UUID' },
  { name: 'actor_id', label: 'Actor id', placeholder: 'UUID' },
  { name: 'action', label: 'Action', placeholder: 'user.suspend' },
] as const;

type FilterValues = Partial<Record<(typeof FILTERS)[number]['name'], string>>;

/** The audit log, newest first (admin only): who did what, to what, and whether it is sealed. */
export function AuditList() {
  const [params, setParams] = useSearchParams();
  const values: FilterValues = Object.fromEntries(FILTERS.map((f) => [f.name, params.get(f.name) ?? undefined]));
  const filterKey = params.toString();
  const filters = useMemo<CrudFilter[]>(() => {
    const current = new URLSearchParams(filterKey);
    return FILTERS.flatMap((f) => (current.get(f.name) ? [{ field: f.name, operator: 'eq' as const, value: current.get(f.name) }] : []));
  }, [filterKey]);
  const list = useCursorList<AuditEntry>({ resource: 'audit', filters, live: true });

  const apply = (v: FilterValues) => {
    const next: Record<string, string> = {};
    for (const f of FILTERS) if (v[f.name]?.trim()) next[f.name] = v[f.name]!.trim();
    setParams(next);
  };

  return (
    <List title="Audit log">
      <Form layout="inline" initialValues={values} onFinish={apply} style={{ marginBottom: 16, rowGap: 8 }} key={filterKey}>
        {FILTERS.map((f) => (
          <Form.Item key={f.name} name={f.name} label={f.label}>
            <Input allowClear placeholder={f.placeholder} data-testid={`audit-filter-${f.name}`} style={{ width: 220 }} />
          </Form.Item>
        ))}
        <Space>
          <Button type="primary" htmlType="submit" data-testid="audit-apply">
            Filter
          </Button>
          <Button onClick={() => setParams({})}>Reset</Button>
        </Space>
      </Form>
      <CursorTable
        list={list}
        columns={AUDIT_COLUMNS}
        what="audit entries"
        testId="audit-table"
        rowTestId="audit-row"
        status={filterKey || 'all'}
        emptyText="No audit entries match."
      />
    </List>
  );
}

export default AuditList;
