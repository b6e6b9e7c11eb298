import { useMemo } from "react";
import { useSearchParams } from "react-router";
import type { CrudFilter } from "@refinedev/core";
import { List } from "@refinedev/antd";
import { Button, Select, Space, Tooltip, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { ORDER_STATUSES, type Order, type OrderStatus } from "../../types";
import { useCursorList } from "../../hooks/use-cursor-list";
import { CursorTable } from "../../components/cursor-table";
import { RiskCell } from "../../components/risk-tags";
import { OrderStatusTag, orderStatusLabel } from "../../components/order-status-tag";
import { formatMoney } from "../../lib/money";
import { formatDateTime, shortId } from "../../lib/time";

export const ORDER_COLUMNS: ColumnsType<Order> = [
  {
    title: "ID",
    dataIndex: "id",
    width: 110,
    render: (id: string) => (
      <Tooltip title={id}>
        <Typography.Text code copyable={{ text: id, tooltips: ["Copy order id", "Copied"] }}>
          {shortId(id)}
        </Typography.Text>
      </Tooltip>
    ),
  },
  { title: "Listing", dataIndex: "listing_title", ellipsis: true },
  {
    title: "Amount",
    key: "amount",
    align: "right",
    render: (_, r) => <span data-testid="order-amount">{formatMoney(r.amount)}</span>,
  },
  { title: "Status", dataIndex: "status", render: (s: OrderStatus) => <OrderStatusTag status={s} /> },
  {
    title: "Risk",
    key: "risk",
    render: (_, r) => <RiskCell score={r.risk_score} decision={r.risk_decision} />,
  },
  {
    title: "Created",
    dataIndex: "created_at",
    render: (v: string) => (
      <Tooltip title={v}>
        <span>{formatDateTime(v)}</span>
      </Tooltip>
    ),
  },
];

function isOrderStatus(s: string | null): s is OrderStatus {
  return !!s && (ORDER_STATUSES as readonly string[]).includes(s);
}

export function OrderList() {
  const [params, setParams] = useSearchParams();
  const raw = params.get("status");
  const status = isOrderStatus(raw) ? raw : undefined;
  const filters = useMemo<CrudFilter[]>(() => (status ? [{ field: "status", operator: "eq", value: status }] : []), [status]);
  const list = useCursorList<Order>({ resource: "orders", filters });

  return (
    <List
      title="Orders"
      headerButtons={
        <Space>
          <label htmlFor="orders-status-filter">Status</label>
          <Select<OrderStatus | "">
            id="orders-status-filter"
            data-testid="orders-status-filter"
            style={{ width: 200 }}
            value={status ?? ""}
            onChange={(v) => setParams(v ? { status: v } : {})}
            options={[
              { value: "", label: "All statuses" },
              ...ORDER_STATUSES.map((s) => ({ value: s, label: orderStatusLabel(s) })),
            ]}
          />
          <Button onClick={() => list.refetch()} loading={list.pager.loading} data-testid="refresh">
            Refresh
          </Button>
        </Space>
      }
    >
      <CursorTable list={list} columns={ORDER_COLUMNS} what="orders" testId="orders-table" rowTestId="order-row" status={status ?? "all"} emptyText={status ? `No ${orderStatusLabel(status)} orders.` : "No orders."} />
    </List>
  );
}

export default OrderList;
