import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { useCan, type CrudFilter } from "@refinedev/core";
import { List } from "@refinedev/antd";
import { Button, Space, Tabs, Tooltip, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { FraudCase, FraudCaseStatus, FraudDecision } from "../../types";
import { useCursorList } from "../../hooks/use-cursor-list";
import { CursorTable } from "../../components/cursor-table";
import { DecisionModal } from "../../components/decision-modal";
import { FraudDecisionTag, RiskScoreTag } from "../../components/risk-tags";
import { OrderStatusTag } from "../../components/order-status-tag";
import { formatMoney } from "../../lib/money";
import { formatAge, formatDateTime, shortId } from "../../lib/time";

type PendingDecision = { fraudCase: FraudCase; decision: FraudDecision };

type DecisionCellProps = {
  record: FraudCase;
  onDecide: (d: PendingDecision) => void;
  /** undefined = allowed; a string = why the role may not decide (buttons disabled). */
  deniedReason?: string;
};

function DecisionCell({ record, onDecide, deniedReason }: DecisionCellProps) {
  if (record.status === "closed") {
    return (
      <Space direction="vertical" size={2} data-testid={`case-decision-${record.id}`}>
        <FraudDecisionTag decision={record.decision} />
        {record.decision_note && (
          <Typography.Paragraph style={{ margin: 0, maxWidth: 320 }} ellipsis={{ rows: 3, tooltip: record.decision_note }} data-testid="case-note">
            {record.decision_note}
          </Typography.Paragraph>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {record.decided_by ? `by ${shortId(record.decided_by)} · ` : ""}
          {formatDateTime(record.decided_at)}
        </Typography.Text>
      </Space>
    );
  }
  return (
    <Tooltip title={deniedReason}>
      <Space>
        <Button size="small" disabled={!!deniedReason} onClick={() => onDecide({ fraudCase: record, decision: "clear" })}>
          Clear
        </Button>
        <Button
          size="small"
          danger
          disabled={!!deniedReason}
          onClick={() => onDecide({ fraudCase: record, decision: "confirm_fraud" })}
        >
          Confirm fraud
        </Button>
      </Space>
    </Tooltip>
  );
}

/** The review queue: open cases first (landing page), closed cases with their decision on the second tab. */
export function FraudCaseList() {
  const [params, setParams] = useSearchParams();
  const status: FraudCaseStatus = params.get("status") === "closed" ? "closed" : "open";
  const filters = useMemo<CrudFilter[]>(() => [{ field: "status", operator: "eq", value: status }], [status]);
  const list = useCursorList<FraudCase>({ resource: "fraud-cases", filters });
  const [pending, setPending] = useState<PendingDecision | null>(null);
  const { data: decide } = useCan({ resource: "fraud-cases", action: "decide" });
  const deniedReason = decide && !decide.can ? (decide.reason ?? "Your staff role cannot decide fraud cases.") : undefined;

  const columns: ColumnsType<FraudCase> = [
    {
      title: "Score",
      dataIndex: "risk_score",
      width: 80,
      render: (_, r) => <RiskScoreTag score={r.risk_score} />,
    },
    {
      title: "Reason",
      dataIndex: "reason",
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Typography.Text>{r.reason}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.order.listing_title} · <OrderStatusTag status={r.order.status} />
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: "Order amount",
      key: "amount",
      align: "right",
      render: (_, r) => <span data-testid="case-amount">{formatMoney(r.order.amount)}</span>,
    },
    {
      title: "Model",
      dataIndex: "model_version",
      render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
    },
    {
      title: "Age",
      dataIndex: "created_at",
      render: (v: string) => (
        <Tooltip title={formatDateTime(v)}>
          <span>{formatAge(v)}</span>
        </Tooltip>
      ),
    },
    {
      title: status === "open" ? "Actions" : "Decision",
      key: "decision",
      render: (_, r) => <DecisionCell record={r} onDecide={setPending} deniedReason={deniedReason} />,
    },
  ];

  return (
    <List
      title="Fraud cases"
      headerButtons={
        <Button onClick={() => list.refetch()} loading={list.pager.loading} data-testid="refresh">
          Refresh
        </Button>
      }
    >
      <Tabs
        activeKey={status}
        onChange={(key) => setParams(key === "closed" ? { status: "closed" } : {})}
        items={[
          { key: "open", label: "Open" },
          { key: "closed", label: "Closed" },
        ]}
      />
      <CursorTable list={list} columns={columns} what="fraud cases" testId="cases-table" rowTestId="case-row" status={status} emptyText={status === "open" ? "No open cases. The queue is empty." : "No closed cases."} />
      <DecisionModal fraudCase={pending?.fraudCase ?? null} decision={pending?.decision ?? null} onClose={() => setPending(null)} />
    </List>
  );
}

export default FraudCaseList;
