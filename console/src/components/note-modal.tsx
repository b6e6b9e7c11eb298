import { useState } from 'react';
import { Button, Form, Input, Modal } from 'antd';
import { isApiError } from '../providers/http';
import { NOTE_MAX } from './decision-modal';

export type NoteRequest = {
  title: string;
  /** The field's label: "Note", "Reason". */
  label: string;
  required: boolean;
  okText: string;
  danger?: boolean;
  /** Sends the decision; a rejection shows its message under the field and keeps the modal open. */
  submit: (text: string | undefined) => Promise<void>;
};

type Props = { request: NoteRequest | null; onClose: () => void };

/** Asks for a note (required or optional) before a moderation decision, then runs it. */
export function NoteModal({ request, onClose }: Props) {
  const [form] = Form.useForm<{ text?: string }>();
  const [pending, setPending] = useState(false);

  const finish = async ({ text }: { text?: string }) => {
    if (!request) return;
    setPending(true);
    try {
      await request.submit(text?.trim() || undefined);
      onClose();
    } catch (err) {
      form.setFields([{ name: 'text', errors: [isApiError(err) ? err.message : String(err)] }]);
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal
      open={!!request}
      title={request?.title}
      onCancel={pending ? undefined : onClose}
      maskClosable={!pending}
      destroyOnHidden
      // Cleared once closed, never after opening: a reset then could wipe what was already typed.
      afterClose={() => form.resetFields()}
      footer={[
        <Button key="cancel" onClick={onClose} disabled={pending}>
          Cancel
        </Button>,
        <Button key="submit" type="primary" danger={request?.danger} loading={pending} onClick={() => form.submit()} data-testid="note-submit">
          {request?.okText}
        </Button>,
      ]}
    >
      <Form form={form} layout="vertical" onFinish={finish} requiredMark data-testid="note-modal">
        <Form.Item
          label={request?.label}
          name="text"
          rules={[
            { required: request?.required, whitespace: true, message: `${request?.label ?? 'A note'} is required` },
            { max: NOTE_MAX, message: `At most ${NOTE_MAX} characters` },
          ]}
        >
          <Input.TextArea rows={4} showCount maxLength={NOTE_MAX} autoFocus placeholder="Kept in the audit trail" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
