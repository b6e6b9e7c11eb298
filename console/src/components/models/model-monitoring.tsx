import { Suspense, lazy } from 'react';
import { Space, Tag, Tooltip, Typography } from 'antd';
import type { ModelFigures, ModelMonitoring } from '../../types';
import type { PsiPoint } from './psi-sparkline';

const PsiSparkline = lazy(() => import('./psi-sparkline'));

/** Below this many trials a proportion is flagged as resting on few labels. */
const FEW = 30;
const pct = (v: number) => `${Math.round(v * 100)}%`;
const READING_COLOR = { stable: 'green', moderate: 'gold', major: 'red' } as const;

function ProportionLine({ name, p, of }: { name: 'precision' | 'recall'; p: ModelFigures['precision']; of: string }) {
  if (!p) {
    return (
      <Typography.Text type="secondary" data-testid={`model-${name}`}>
        {name} — (no {of} yet)
      </Typography.Text>
    );
  }
  return (
    <span data-testid={`model-${name}`}>
      {name} {pct(p.value)}{' '}
      <Tooltip title="95% Wilson interval">
        <Typography.Text type="secondary">
          [{pct(p.low)}–{pct(p.high)}]
        </Typography.Text>
      </Tooltip>{' '}
      {p.successes}/{p.trials} {of} {p.trials < FEW && <Tag color="default">few labels</Tag>}
    </span>
  );
}

/** Precision and recall at the version's review threshold from closing labels, with their intervals and counts. */
export function ProductionCell({ monitoring }: { monitoring: ModelMonitoring | undefined }) {
  if (!monitoring) return <Typography.Text type="secondary">…</Typography.Text>;
  const f = monitoring.figures;
  return (
    <Space direction="vertical" size={0} data-testid="model-production">
      <ProportionLine name="precision" p={f.precision} of="flagged" />
      <ProportionLine name="recall" p={f.recall} of="fraud" />
      <Typography.Text type="secondary" data-testid="model-labels">
        {f.scored} scored · {f.labelled} labelled ({f.positives} fraud) · {f.pending} pending · PR-AUC {f.pr_auc === null ? '— (under 10 fraud)' : f.pr_auc.toFixed(3)} · review at{' '}
        {f.review_threshold} · {f.window_days} d
      </Typography.Text>
    </Space>
  );
}

function PsiLine({ name, psi }: { name: string; psi: ModelFigures['psi_vs_live'] }) {
  if (!psi) return null;
  return (
    <span>
      {name} {psi.value.toFixed(3)}{' '}
      <Tag color={READING_COLOR[psi.reading]} data-testid="psi-reading">
        {psi.reading}
      </Tag>
      <Typography.Text type="secondary">
        {psi.expected_n} vs {psi.actual_n} scores
      </Typography.Text>
    </span>
  );
}

/** Score drift: against the live model on the same payments (shadows), over time, and its line over the snapshots. */
export function DriftCell({ monitoring, history }: { monitoring: ModelMonitoring | undefined; history: PsiPoint[] }) {
  const f = monitoring?.figures;
  return (
    <Space direction="vertical" size={0} data-testid="model-drift">
      {f && <PsiLine name="vs live" psi={f.psi_vs_live} />}
      {f && <PsiLine name="over time" psi={f.psi_over_time} />}
      {f && !f.psi_vs_live && !f.psi_over_time && <Typography.Text type="secondary">not enough scores</Typography.Text>}
      {history.length > 1 && (
        <Suspense fallback={null}>
          <PsiSparkline points={history} />
        </Suspense>
      )}
    </Space>
  );
}

const ALERT_TEXT = { drift: 'drift alert', precision: 'precision alert' } as const;

/** The last week's alerts of a version, one badge per kind. */
export function AlertBadges({ monitoring }: { monitoring: ModelMonitoring | undefined }) {
  const kinds = [...new Set(monitoring?.alerts.map((a) => a.kind) ?? [])];
  return (
    <Space size={4} wrap>
      {kinds.map((kind) => (
        <Tooltip key={kind} title={`Raised ${monitoring!.alerts.find((a) => a.kind === kind)!.raised_at}`}>
          <Tag color="red" data-testid="model-alert" data-kind={kind}>
            {ALERT_TEXT[kind]}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}
