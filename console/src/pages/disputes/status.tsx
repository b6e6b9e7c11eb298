import { Tag, Tooltip } from 'antd';
import type { Dispute, DisputeStatus } from '../../types';
import { formatAge, formatDateTime } from '../../lib/time';

const COLORS: Record<DisputeStatus, string> = { awaiting_seller: 'gold', under_review: 'blue', resolved: 'green' };

export function DisputeStatusTag({ status }: { status: DisputeStatus }) {
  return (
    <Tag color={COLORS[status]} data-testid="dispute-status" data-status={status}>
      {status.replace(/_/g, ' ')}
    </Tag>
  );
}

/** The arbitration SLA: due time, red once breached. */
export function SlaTag({ dispute }: { dispute: Pick<Dispute, 'sla_due_at' | 'sla_breached' | 'status'> }) {
  if (!dispute.sla_due_at)
    return (
      <Tag data-testid="dispute-sla" data-breached="false">
        unassigned
      </Tag>
    );
  const color = dispute.sla_breached ? 'red' : dispute.status === 'resolved' ? 'green' : 'default';
  const label = dispute.sla_breached ? 'breached' : dispute.status === 'resolved' ? 'met' : `due ${formatAge(dispute.sla_due_at).replace(/ ago$/, '')}`;
  return (
    <Tooltip title={`SLA due ${formatDateTime(dispute.sla_due_at)}`}>
      <Tag color={color} data-testid="dispute-sla" data-breached={String(dispute.sla_breached)}>
        {label}
      </Tag>
    </Tooltip>
  );
}
