import { useEffect } from "react";
import { useCustomMutation, useInvalidate, useNotification } from "@refinedev/core";
import { Alert, Button, Descriptions, Form, Input, Modal } from "antd";
import type { FraudCase, FraudDecision } from "../types";
import type { ApiError } from "../providers/http";
import { formatMoney } from "../lib/money";
import { RiskScoreTag } from "./risk-tags";

export const NOTE_MAX = 2000;

type Props = {
  fraudCase: FraudCase | null;
  decision: FraudDecision | null;
  onClose: () => void;
};

const TITLES: Record<FraudDecision, string> = {
  clear: "Clear this case (no fraud)",
  confirm_fraud: "Confirm fraud on this case",
};

/** Asks for a note, then POSTs /v1/admin/fraud-cases/{id}/decision and refreshes the queue. */
export function DecisionModal({ fraudCase, decision, onClose }: Props) {
  const [form] = Form.useForm<{ note: string }>();
  const invalidate = useInvalidate();
  const { open: notify } = useNotification();
  const { mutate, mutation } = useCustomMutation<FraudCase, ApiError, { decision: FraudDecision; note: string }>();
  const open = !!fraudCase && !!decision;

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = ({ note }: { note: string }) => {
    if (!fraudCase || !decision) return;
    mutate(
      {
        url: `/v1/admin/fraud-cases/${encodeURIComponent(fraudCase.id)}/decision`,
        method: "post",
        values: { decision, note: note.trim() },
      },
      {
        onSuccess: async () => {
          notify?.({
            type: "success",
            key: `decision-${fraudCase.id}`,
            // Refine's antd provider shows `description` as the headline and `message` below it.
            description: decision === "clear" ? "Case cleared" : "Fraud confirmed",
            message: `Case ${fraudCase.id.slice(0, 8)} is closed.`,
          });
          onClose();
          await invalidate({ resource: "fraud-cases", invalidates: ["list"] });
        },
        onError: async (err) => {
          // Field errors from a 400/422 problem go next to the field; the hook already notified `detail`.
          const noteError = err.errors?.note;
          if (noteError) {
            form.setFields([{ name: "note", errors: [typeof noteError === "string" ? noteError : String(noteError)] }]);
          }
          if (err.statusCode === 409) {
            // Someone else decided it first: close and show the fresh state.
            onClose();
            await invalidate({ resource: "fraud-cases", invalidates: ["list"] });
          }
        },
      },
    );
  };

  const pending = mutation.isPending;
  return (
    <Modal
      open={open}
      title={decision ? TITLES[decision] : ""}
      onCancel={pending ? undefined : onClose}
      maskClosable={!pending}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose} disabled={pending}>
          Cancel
        </Button>,
        <Button
          key="submit"
          type="primary"
          danger={decision === "confirm_fraud"}
          loading={pending}
          onClick={() => form.submit()}
          data-testid="decision-submit"
        >
          Submit decision
        </Button>,
      ]}
    >
      <div data-testid="decision-modal" data-decision={decision ?? undefined}>
      {fraudCase && (
        <>
          <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="Case">{fraudCase.id}</Descriptions.Item>
            <Descriptions.Item label="Listing">{fraudCase.order.listing_title}</Descriptions.Item>
            <Descriptions.Item label="Amount">{formatMoney(fraudCase.order.amount)}</Descriptions.Item>
            <Descriptions.Item label="Score">
              <RiskScoreTag score={fraudCase.risk_score} />
            </Descriptions.Item>
            <Descriptions.Item label="Reason">{fraudCase.reason}</Descriptions.Item>
          </Descriptions>
          {decision === "confirm_fraud" && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              message="Confirming fraud closes the case; the console cannot reopen it."
            />
          )}
        </>
      )}
      <Form form={form} name="decision" layout="vertical" onFinish={submit} requiredMark>
        <Form.Item
          label="Note"
          name="note"
          rules={[
            { required: true, whitespace: true, message: "A note is required" },
            { max: NOTE_MAX, message: `At most ${NOTE_MAX} characters` },
          ]}
        >
          <Input.TextArea rows={4} showCount maxLength={NOTE_MAX} autoFocus placeholder="Why? (kept in the audit trail)" />
        </Form.Item>
      </Form>
      </div>
    </Modal>
  );
}
