import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useCan, useCustom, useCustomMutation, useGetIdentity, useNotification } from '@refinedev/core';
import { Show } from '@refinedev/antd';
import { Button, Card, Col, DatePicker, Descriptions, Form, Input, List as AntList, Row, Space, Tag, Timeline, Tooltip, Typography } from 'antd';
import type { FraudCase, FraudCaseNote, FraudDecision, TimelineEntry } from '../../types';
import type { ApiError } from '../../providers/http';
import type { Identity } from '../../providers/auth-provider';
import { DecisionModal, closingLabelText } from '../../components/decision-modal';
import { FraudDecisionTag, RiskScoreTag } from '../../components/risk-tags';
import { OrderStatusTag } from '../../components/order-status-tag';
import { RiskReasons } from '../../components/risk-reasons';
import { ListError } from '../../components/list-error';
import { SellerRiskEvidenceCard } from '../../components/seller-risk-evidence';
import { StreamEvidenceCard } from '../../components/stream-evidence';
import { formatMoney } from '../../lib/money';
import { dayjs, formatDateTime, shortId } from '../../lib/time';
import { useLiveRecord } from '../../hooks/use-live-record';

const NOTE_MAX = 5000;
const KIND_COLORS: Record<TimelineEntry['kind'], string> = { note: 'blue', audit: 'purple', order_status: 'green', payment_attempt: 'gray' };

function Actor({ id }: { id: string | null }) {
  if (!id) return <Typography.Text type="secondary">system</Typography.Text>;
  return (
    <Link to={`/users/${id}`}>
      <Typography.Text code>{shortId(id)}</Typography.Text>
    </Link>
  );
}

/** Assign to me, snooze; each POST then refreshes the case and its timeline. */
function CaseActions({ fraudCase, me, onChanged }: { fraudCase: FraudCase; me: string | undefined; onChanged: () => void }) {
  const { mutate, mutation } = useCustomMutation<FraudCase, ApiError>();
  const [snoozeUntil, setSnoozeUntil] = useState<dayjs.Dayjs | null>(null);
  const post = (path: string, values: Record<string, unknown>) =>
    mutate({ url: `/v1/admin/fraud-cases/${fraudCase.id}/${path}`, method: 'post', values }, { onSuccess: onChanged });
  const mine = !!me && fraudCase.assignee_id === me;
  return (
    <Space wrap>
      <Button data-testid="assign-me" loading={mutation.isPending} onClick={() => post('assign', { assignee_id: mine ? null : me })} disabled={!me}>
        {mine ? 'Unassign me' : 'Assign to me'}
      </Button>
      <DatePicker
        showTime
        data-testid="snooze-until"
        value={snoozeUntil}
        onChange={setSnoozeUntil}
        disabledDate={(d) => d.isBefore(dayjs(), 'day') || d.isAfter(dayjs().add(30, 'day'))}
        placeholder="Snooze until"
      />
      <Button data-testid="snooze" disabled={!snoozeUntil} onClick={() => snoozeUntil && post('snooze', { until: snoozeUntil.toISOString() })}>
        Snooze
      </Button>
    </Space>
  );
}

function NoteForm({ caseId, onAdded }: { caseId: string; onAdded: () => void }) {
  const [form] = Form.useForm<{ body: string }>();
  const { mutate, mutation } = useCustomMutation<FraudCaseNote, ApiError, { body: string }>();
  const submit = ({ body }: { body: string }) =>
    mutate(
      { url: `/v1/admin/fraud-cases/${caseId}/notes`, method: 'post', values: { body: body.trim() } },
      {
        onSuccess: () => {
          form.resetFields();
          onAdded();
        },
      },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit} name="note">
      <Form.Item name="body" label="Add a note" rules={[{ required: true, whitespace: true, message: 'A note must not be empty' }]}>
        <Input.TextArea rows={3} maxLength={NOTE_MAX} showCount data-testid="note-input" />
      </Form.Item>
      <Button htmlType="submit" loading={mutation.isPending} data-testid="note-submit">
        Add note
      </Button>
    </Form>
  );
}

/** One case: its order and score, notes, the full timeline, assignment, snooze and the decision. */
export function FraudCaseShow() {
  const { id = '' } = useParams();
  const { open: notify } = useNotification();
  const caseQuery = useCustom<FraudCase, ApiError>({ url: `/v1/admin/fraud-cases/${id}`, method: 'get' });
  const timelineQuery = useCustom<{ data: TimelineEntry[] }, ApiError>({ url: `/v1/admin/fraud-cases/${id}/timeline`, method: 'get' });
  const { data: identity } = useGetIdentity<Identity>();
  const { data: decide } = useCan({ resource: 'fraud-cases', action: 'decide' });
  const [pending, setPending] = useState<FraudDecision | null>(null);

  // Not `result.data`: Refine fills that with {} until the answer arrives.
  const fraudCase = caseQuery.query.isError ? undefined : caseQuery.query.data?.data;
  const timeline = timelineQuery.query.data?.data.data ?? [];
  const notes = timeline.filter((e) => e.kind === 'note');
  const refresh = () => {
    void caseQuery.query.refetch();
    void timelineQuery.query.refetch();
  };
  useLiveRecord('fraud-cases', id, refresh);
  const canDecide = decide?.can !== false;

  return (
    <Show title={`Fraud case ${shortId(id)}`} isLoading={caseQuery.query.isLoading} headerButtons={<Button onClick={refresh}>Refresh</Button>}>
      {caseQuery.query.isError && <ListError what="this fraud case" error={caseQuery.query.error} />}
      {fraudCase && (
        <Row gutter={[16, 16]} data-testid="case-detail" data-status={fraudCase.status}>
          <Col xs={24} lg={14}>
            <Card title="Case" size="small">
              <Descriptions size="small" column={1} bordered>
                <Descriptions.Item label="Status">
                  <Tag color={fraudCase.status === 'open' ? 'gold' : 'default'} data-testid="case-status">
                    {fraudCase.status}
                  </Tag>
                  {fraudCase.snoozed_until && <Tag>snoozed until {formatDateTime(fraudCase.snoozed_until)}</Tag>}
                </Descriptions.Item>
                <Descriptions.Item label="Risk score">
                  <RiskScoreTag score={fraudCase.risk_score} /> <Typography.Text code>{fraudCase.model_version}</Typography.Text>
                  <RiskReasons reasons={fraudCase.risk_reasons} />
                </Descriptions.Item>
                <Descriptions.Item label="Reason">{fraudCase.reason}</Descriptions.Item>
                <Descriptions.Item label="Subject">
                  <Link to={`/users/${fraudCase.subject_user_id}`} data-testid="case-subject">
                    {fraudCase.subject_user_id}
                  </Link>
                </Descriptions.Item>
                <Descriptions.Item label="Source">
                  <Tag data-testid="case-source">{fraudCase.source}</Tag>
                  {fraudCase.detector && <Typography.Text code>{fraudCase.detector}</Typography.Text>}
                </Descriptions.Item>
                {fraudCase.order_id && fraudCase.order && (
                  <Descriptions.Item label="Order">
                    <Space wrap>
                      <Typography.Text code>{shortId(fraudCase.order_id)}</Typography.Text>
                      {fraudCase.order.listing_title}
                      <span data-testid="case-amount">{formatMoney(fraudCase.order.amount)}</span>
                      <OrderStatusTag status={fraudCase.order.status} />
                    </Space>
                  </Descriptions.Item>
                )}
                <Descriptions.Item label="Assignee">
                  <Actor id={fraudCase.assignee_id} />
                </Descriptions.Item>
                <Descriptions.Item label="Opened">{formatDateTime(fraudCase.created_at)}</Descriptions.Item>
                {fraudCase.status === 'closed' && (
                  <Descriptions.Item label="Decision">
                    <Space direction="vertical" size={2} data-testid="case-decision">
                      <Space>
                        <FraudDecisionTag decision={fraudCase.decision} />
                        {fraudCase.closing_label && <Tag data-testid="case-label">{closingLabelText(fraudCase.closing_label)}</Tag>}
                      </Space>
                      <Typography.Text>{fraudCase.decision_note}</Typography.Text>
                      <Typography.Text type="secondary">
                        by <Actor id={fraudCase.decided_by} /> · {formatDateTime(fraudCase.decided_at)}
                      </Typography.Text>
                    </Space>
                  </Descriptions.Item>
                )}
              </Descriptions>
              {fraudCase.status === 'open' && (
                <Tooltip title={canDecide ? undefined : 'Your staff role cannot decide fraud cases.'}>
                  <Space direction="vertical" style={{ marginTop: 16 }}>
                    {canDecide && <CaseActions fraudCase={fraudCase} me={identity?.id} onChanged={refresh} />}
                    <Space>
                      <Button disabled={!canDecide} onClick={() => setPending('clear')} data-testid="decide-clear">
                        Clear
                      </Button>
                      <Button danger type="primary" disabled={!canDecide} onClick={() => setPending('confirm_fraud')} data-testid="decide-confirm">
                        Confirm fraud
                      </Button>
                    </Space>
                  </Space>
                </Tooltip>
              )}
            </Card>
            {fraudCase.evidence &&
              ('window' in fraudCase.evidence ? <StreamEvidenceCard evidence={fraudCase.evidence} /> : <SellerRiskEvidenceCard evidence={fraudCase.evidence} />)}
            <Card title={`Notes (${notes.length})`} size="small" style={{ marginTop: 16 }}>
              <AntList
                data-testid="case-notes"
                dataSource={notes}
                locale={{ emptyText: 'No notes yet.' }}
                renderItem={(n) => (
                  <AntList.Item data-testid="case-note">
                    <AntList.Item.Meta
                      title={
                        <Space>
                          <Actor id={n.actor_id} />
                          <Typography.Text type="secondary">{formatDateTime(n.at)}</Typography.Text>
                        </Space>
                      }
                      description={<Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{String(n.details.body ?? '')}</Typography.Paragraph>}
                    />
                  </AntList.Item>
                )}
              />
              {canDecide && (
                <NoteForm
                  caseId={fraudCase.id}
                  onAdded={() => {
                    refresh();
                    notify?.({ type: 'success', message: '', description: 'Note added' });
                  }}
                />
              )}
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card title="Timeline" size="small">
              {timelineQuery.query.isError && <ListError what="the timeline" error={timelineQuery.query.error} />}
              <Timeline
                data-testid="case-timeline"
                items={timeline.map((e) => ({
                  color: KIND_COLORS[e.kind],
                  children: (
                    <Space direction="vertical" size={0} data-testid="timeline-entry" data-kind={e.kind}>
                      <Typography.Text strong>{e.summary}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(e.at)} · <Actor id={e.actor_id} />
                      </Typography.Text>
                    </Space>
                  ),
                }))}
              />
            </Card>
          </Col>
        </Row>
      )}
      <DecisionModal fraudCase={pending ? (fraudCase ?? null) : null} decision={pending} onClose={() => setPending(null)} onDecided={refresh} />
    </Show>
  );
}

export default FraudCaseShow;
