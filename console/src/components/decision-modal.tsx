import { useCustomMutation, useInvalidate, useNotification } from '@refinedev/core';
import { Alert, Button, Descriptions, Form, Input, Modal, Select } from 'antd';
import { CLOSING_LABELS, type ClosingLabel, type FraudCase, type FraudDecision } from '../types';
import type { ApiError } from '../providers/http';
import { formatMoney } from '../lib/money';
import { RiskScoreTag } from './risk-tags';

export const NOTE_MAX = 2000;

type Props = {
  fraudCase: FraudCase | null;
  decision: FraudDecision | null;
  onClose: () => void;
  /** After the decision is saved (or someone else's won): e.g. refetch a detail page. */
  onDecided?: () => void;
};

type Values = { note: string; closing_label?: ClosingLabel };

/** Labels that fit each decision; the API accepts any and labels an unlabelled confirmation `other`. */
const LABELS_FOR: Record<FraudDecision, readonly ClosingLabel[]> = {
  clear: ['false_positive', 'other'],
  confirm_fraud: CLOSING_LABELS.filter((l) => l !== 'false_positive'),
};

export const closingLabelText = (label: ClosingLabel) => label.replaceAll('_', ' ');

const TITLES: Record<FraudDecision, string> = {
  clear: 'Clear this case (no fraud)',
  confirm_fraud: 'Confirm fraud on this case',
};

/** Asks for a note and a closing label, then POSTs /v1/admin/fraud-cases/{id}/decision and refreshes the queue. */
export function DecisionModal({ fraudCase, decision, onClose, onDecided }: Props) {
  const [form] = Form.useForm<Values>();
  const invalidate = useInvalidate();
  const { open: notify } = useNotification();
  const { mutate, mutation } = useCustomMutation<FraudCase, ApiError, { decision: FraudDecision; note: string; closing_label?: ClosingLabel }>();
  const open = !!fraudCase && !!decision;

  const submit = ({ note, closing_label }: Values) => {
    if (!fraudCase || !decision) return;
    mutate(
      {
        url: `/v1/admin/fraud-cases/${encodeURIComponent(fraudCase.id)}/decision`,
        method: 'post',
        values: { decision, note: note.trim(), ...(closing_label ? { closing_label } : {}) },
      },
      {
        onSuccess: async () => {
          notify?.({
            type: 'success',
            key: `decision-${fraudCase.id}`,
            // Refine's antd provider shows `description` as the headline and `message` below it.
            description: decision === 'clear' ? 'Case cleared' : 'Fraud confirmed',
            message: `Case ${fraudCase.id.slice(0, 8)} is closed.`,
          });
          onClose();
          onDecided?.();
          await invalidate({ resource: 'fraud-cases', invalidates: ['list'] });
        },
        onError: async (err) => {
          // Field errors from a 400/422 problem go next to the field; the hook already notified `detail`.
          const noteError = err.errors?.note;
          if (noteError) {
            form.setFields([{ name: 'note', errors: [typeof noteError === 'string' ? noteError : String(noteError)] }]);
          }
          if (err.statusCode === 409) {
            // Someone else decided it first: close and show the fresh state.
            onClose();
            onDecided?.();
            await invalidate({ resource: 'fraud-cases', invalidates: ['list'] });
          }
        },
      },
    );
  };

  const pending = mutation.isPending;
  return (
    <Modal
      open={open}
      title={decision ? TITLES[decision] : ''}
      onCancel={pending ? undefined : onClose}
      maskClosable={!pending}
      destroyOnHidden
      // Cleared once closed, never after opening: a reset then could wipe what was already typed.
      afterClose={() => form.resetFields()}
      footer={[
        <Button key="cancel" onClick={onClose} disabled={pending}>
          Cancel
        </Button>,
        <Button key="submit" type="primary" danger={decision === 'confirm_fraud'} loading={pending} onClick={() => form.submit()} data-testid="decision-submit">
          Submit decision
        </Button>,
      ]}
    >
      <div data-testid="decision-modal" data-decision={decision ?? undefined}>
        {fraudCase && (
          <>
            <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
              <Descriptions.Item label="Case">{fraudCase.id}</Descriptions.Item>
              {fraudCase.order && <Descriptions.Item label="Listing">{fraudCase.order.listing_title}</Descriptions.Item>}
              {fraudCase.order && <Descriptions.Item label="Amount">{formatMoney(fraudCase.order.amount)}</Descriptions.Item>}
              <Descriptions.Item label="Score">
                <RiskScoreTag score={fraudCase.risk_score} />
              </Descriptions.Item>
              <Descriptions.Item label="Reason">{fraudCase.reason}</Descriptions.Item>
            </Descriptions>
            {decision === 'confirm_fraud' && (
              <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="Confirming fraud closes the case; the console cannot reopen it." />
            )}
          </>
        )}
        <Form form={form} name="decision" layout="vertical" onFinish={submit} requiredMark>
          <Form.Item
            label="Note"
            name="note"
            rules={[
              { required: true, whitespace: true, message: 'A note is required' },
              { max: NOTE_MAX, message: `At most ${NOTE_MAX} characters` },
            ]}
          >
            <Input.TextArea rows={4} showCount maxLength={NOTE_MAX} autoFocus placeholder="Why? (kept in the audit trail)" />
          </Form.Item>
          {decision && (
            <Form.Item label="Closing label" name="closing_label" extra="Kept as the training label for the fraud model.">
              <Select
                allowClear
                data-testid="closing-label"
                placeholder={decision === 'confirm_fraud' ? 'other' : 'none'}
                options={LABELS_FOR[decision].map((l) => ({ value: l, label: closingLabelText(l) }))}
              />
            </Form.Item>
          )}
        </Form>
      </div>
    </Modal>
  );
}
