import { type HTMLAttributes, useEffect, useState } from 'react';
import { useCan, useCustom, useSubscription } from '@refinedev/core';
import { List } from '@refinedev/antd';
import { App, Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ModelMonitoring, ModelStatus, ModelVersion } from '../../types';
import { NoteModal, type NoteRequest } from '../../components/note-modal';
import { AlertBadges, DriftCell, ProductionCell } from '../../components/models/model-monitoring';
import type { PsiPoint } from '../../components/models/psi-sparkline';
import { apiFetch, type ApiError } from '../../providers/http';

const STATUS_COLOR: Record<ModelStatus, string> = { active: 'green', shadow: 'blue', retired: 'default' };

/** A metric of the model's committed evaluation on one set (the generator's held-out split, the blind set), or a dash. */
function metric(m: ModelVersion, set: 'generator' | 'blind', name: string): string {
  const metrics = set === 'generator' ? m.evaluation?.model : (m.evaluation?.blind as { model?: unknown } | null | undefined)?.model;
  const value = (metrics as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'number' ? value.toFixed(3) : '—';
}

const bothSets = (m: ModelVersion, name: string) => (
  <Tooltip title="generator's held-out split · blind set, at 1% prevalence">
    <span data-testid={`model-${name}`}>
      {metric(m, 'generator', name)} · {metric(m, 'blind', name)}
    </span>
  </Tooltip>
);

/** The promotion gate: a version is promoted only if its committed evaluation holds on both sets. */
const holds = (m: ModelVersion) => m.evaluation?.holds_on_both === true;

/** Each version's latest production figures, reloaded with the list and whenever a monitoring alert is announced. */
function useMonitoring(versions: string[]) {
  const [byVersion, setByVersion] = useState<Record<string, ModelMonitoring>>({});
  const [tick, setTick] = useState(0);
  const key = versions.join('\n');
  useEffect(() => {
    let current = true;
    const list = key === '' ? [] : key.split('\n');
    void Promise.all(list.map((v) => apiFetch<ModelMonitoring>(`/v1/admin/models/${encodeURIComponent(v)}/monitoring`).catch(() => null))).then((all) => {
      if (current) setByVersion(Object.fromEntries(all.filter((m): m is ModelMonitoring => m !== null).map((m) => [m.version, m])));
    });
    return () => {
      current = false;
    };
  }, [key, tick]);
  return { byVersion, reload: () => setTick((t) => t + 1) };
}

/** The PSI of every version over the last 30 days of snapshots. */
function psiHistory(snapshots: { computed_at: string; figures: ModelMonitoring['figures'] }[]): Record<string, PsiPoint[]> {
  const out: Record<string, PsiPoint[]> = {};
  for (const s of snapshots) {
    (out[s.figures.version] ??= []).push({ at: s.computed_at, over_time: s.figures.psi_over_time?.value ?? null, vs_live: s.figures.psi_vs_live?.value ?? null });
  }
  return out;
}

/** The fraud model registry: which version decides, which score in shadow, how each does in production; promote, shadow, retire, roll back. */
export function ModelList() {
  const { query } = useCustom<{ data: ModelVersion[] }, ApiError>({ url: '/v1/admin/models', method: 'get' });
  const models = query.isError ? [] : (query.data?.data.data ?? []);
  const monitoring = useMonitoring(models.map((m) => m.version));
  const { query: historyQuery } = useCustom<{ data: { computed_at: string; figures: ModelMonitoring['figures'] }[] }, ApiError>({
    url: '/v1/admin/models/monitoring/history?days=30',
    method: 'get',
  });
  const history = psiHistory(historyQuery.data?.data.data ?? []);
  const reload = () => {
    void query.refetch();
    void historyQuery.refetch();
    monitoring.reload();
  };
  // Alerts are announced on the models queue (staff:models).
  useSubscription({ channel: 'resources/models', params: { resource: 'models', subscriptionType: 'useList' }, onLiveEvent: reload });
  const { notification } = App.useApp();
  const [noteRequest, setNoteRequest] = useState<NoteRequest | null>(null);
  const { data: can } = useCan({ resource: 'models', action: 'manage' });
  const denied = can && !can.can ? (can.reason ?? 'Your staff role cannot change models.') : undefined;

  const change = (title: string, okText: string, path: string, danger = false, extra: Record<string, unknown> = {}) =>
    setNoteRequest({
      title,
      label: 'Reason',
      required: true,
      okText,
      danger,
      submit: async (reason) => {
        const result = await apiFetch<{ version: string; previous: { version: string; status: ModelStatus } | null }>(path, { method: 'POST', body: { reason, ...extra } });
        notification.success({
          key: `model-${path}`,
          message: `${okText}: ${result.version}`,
          description: result.previous ? `${result.previous.version} is now ${result.previous.status}` : undefined,
        });
        reload();
      },
    });

  const columns: ColumnsType<ModelVersion> = [
    // A version name is read whole: never broken across lines.
    {
      title: 'Version',
      dataIndex: 'version',
      key: 'version',
      render: (v: string) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {v}
        </Typography.Text>
      ),
    },
    { title: 'Status', dataIndex: 'status', key: 'status', render: (s: ModelStatus) => <Tag color={STATUS_COLOR[s]}>{s}</Tag> },
    { title: 'Features', key: 'features', render: (_, m) => <Tooltip title={m.feature_names.join(', ')}>{m.feature_names.length}</Tooltip> },
    { title: 'PR AUC (generator · blind)', key: 'pr_auc', render: (_, m) => bothSets(m, 'pr_auc') },
    { title: 'Recall @1% FPR (generator · blind)', key: 'recall', render: (_, m) => bothSets(m, 'recall_at_1pct_fpr') },
    {
      title: 'Evaluation',
      key: 'evaluation',
      render: (_, m) =>
        m.evaluation === null ? (
          <Tag>none committed</Tag>
        ) : holds(m) ? (
          <Tag color="green">holds on both sets</Tag>
        ) : (
          <Tooltip title={`See fraud-models/models/${m.version}.eval.md: a target fails on the generator's split or the blind set`}>
            <Tag color="red" data-testid="model-evaluation-fails">
              does not hold
            </Tag>
          </Tooltip>
        ),
    },
    {
      title: 'In production (closing labels)',
      key: 'production',
      // Wide enough that precision, recall and their counts read as lines, not a column of fragments.
      onCell: () => ({ style: { minWidth: 260 } }),
      render: (_, m) => <ProductionCell monitoring={monitoring.byVersion[m.version]} />,
    },
    {
      title: 'Drift (PSI)',
      key: 'drift',
      onCell: () => ({ style: { minWidth: 150 } }),
      render: (_, m) => <DriftCell monitoring={monitoring.byVersion[m.version]} history={history[m.version] ?? []} />,
    },
    { title: 'Alerts', key: 'alerts', render: (_, m) => <AlertBadges monitoring={monitoring.byVersion[m.version]} /> },
    { title: 'Registered', dataIndex: 'created_at', key: 'created_at', render: (t: string) => new Date(t).toLocaleString() },
    {
      title: 'Actions',
      key: 'actions',
      // The wide table scrolls; what an admin does with a version stays in view.
      fixed: 'right',
      render: (_, m) => {
        const path = `/v1/admin/models/${encodeURIComponent(m.version)}`;
        return (
          <Tooltip title={denied}>
            <Space wrap>
              {m.status !== 'active' &&
                (holds(m) ? (
                  <Button
                    size="small"
                    type="primary"
                    disabled={!!denied}
                    data-testid="model-promote"
                    onClick={() => change(`Make ${m.version} the live model?`, 'Promote', `${path}/promote`)}
                  >
                    Promote
                  </Button>
                ) : (
                  <Button
                    size="small"
                    danger
                    disabled={!!denied}
                    data-testid="model-promote-override"
                    onClick={() =>
                      change(
                        `${m.version}'s evaluation does not hold on both sets. Make it the live model anyway? The history will say so.`,
                        'Promote anyway',
                        `${path}/promote`,
                        true,
                        { override_evaluation: true },
                      )
                    }
                  >
                    Promote anyway…
                  </Button>
                ))}
              {m.status === 'retired' && (
                <Button size="small" disabled={!!denied} data-testid="model-shadow" onClick={() => change(`Score ${m.version} in shadow?`, 'Shadow', `${path}/shadow`)}>
                  Shadow
                </Button>
              )}
              {m.status === 'shadow' && (
                <Button size="small" danger disabled={!!denied} data-testid="model-retire" onClick={() => change(`Stop scoring ${m.version}?`, 'Retire', `${path}/retire`, true)}>
                  Retire
                </Button>
              )}
            </Space>
          </Tooltip>
        );
      },
    },
  ];

  return (
    <List
      title="Fraud models"
      headerButtons={
        <Space>
          <Tooltip title={denied}>
            <Button
              danger
              disabled={!!denied}
              data-testid="model-rollback"
              onClick={() => change('Roll back to the previous live model?', 'Roll back', '/v1/admin/models/rollback', true)}
            >
              Roll back
            </Button>
          </Tooltip>
          <Button onClick={reload} loading={query.isFetching} data-testid="refresh">
            Refresh
          </Button>
        </Space>
      }
    >
      {query.isError && <Typography.Text type="danger">{query.error?.message ?? 'Could not load the models'}</Typography.Text>}
      <Table<ModelVersion>
        rowKey="version"
        columns={columns}
        dataSource={models}
        loading={query.isLoading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="models-table"
        onRow={(m) => ({ 'data-testid': `model-row-${m.version}`, 'data-status': m.status }) as HTMLAttributes<HTMLElement>}
      />
      <NoteModal request={noteRequest} onClose={() => setNoteRequest(null)} />
    </List>
  );
}
