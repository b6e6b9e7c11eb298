import { type ButtonProps, Form, Input, Modal } from "antd";
import { NOTE_MAX as REASON_MAX } from "../../components/decision-modal";

type Props = {
  /** What is being removed, for the title ("this review", "3 reviews"); null = closed. */
  subject: string | null;
  pending: boolean;
  onSubmit: (reason: string) => void;
  onClose: () => void;
};

/** Asks why reviews are removed (the API requires a reason; it is kept in the audit trail). */
export function ReasonModal({ subject, pending, onSubmit, onClose }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  const open = subject !== null;
  return (
    <Modal
      open={open}
      title={`Remove ${subject ?? ""}`}
      okText="Remove"
      okButtonProps={{ danger: true, loading: pending, "data-testid": "reason-submit" } as ButtonProps}
      onOk={() => form.submit()}
      onCancel={pending ? undefined : onClose}
      destroyOnHidden
      // Cleared once closed, never after opening: a reset then could wipe what was already typed.
      afterClose={() => form.resetFields()}
    >
      <Form form={form} name="remove-reviews" layout="vertical" onFinish={({ reason }) => onSubmit(reason.trim())}>
        <Form.Item
          label="Reason"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: "A reason is required" },
            { max: REASON_MAX, message: `At most ${REASON_MAX} characters` },
          ]}
        >
          <Input.TextArea rows={3} showCount maxLength={REASON_MAX} autoFocus placeholder="Why? (kept in the audit trail)" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
