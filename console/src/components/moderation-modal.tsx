import { useCustomMutation, useNotification } from '@refinedev/core';
import { Button, Form, Input, Modal } from 'antd';
import type { ModerationActionKind, ModerationResult } from '../types';
import type { ApiError } from '../providers/http';
import { NOTE_MAX as REASON_MAX } from './decision-modal';

const TITLES: Record<ModerationActionKind, string> = {
  warn: 'Warn this user',
  suspend: 'Suspend this user (no login, listings hidden, payouts frozen)',
  reinstate: 'Reinstate this user',
};

const DONE: Record<ModerationActionKind, string> = { warn: 'User warned', suspend: 'User suspended', reinstate: 'User reinstated' };

type Props = { userId: string; action: ModerationActionKind | null; onClose: () => void; onDone: () => void };

/** Asks for a reason, then POSTs /v1/admin/users/{id}/{warn|suspend|reinstate}. */
export function ModerationModal({ userId, action, onClose, onDone }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  const { open: notify } = useNotification();
  const { mutate, mutation } = useCustomMutation<ModerationResult, ApiError, { reason: string }>();

  const submit = ({ reason }: { reason: string }) => {
    if (!action) return;
    mutate(
      { url: `/v1/admin/users/${encodeURIComponent(userId)}/${action}`, method: 'post', values: { reason: reason.trim() } },
      {
        onSuccess: () => {
          notify?.({ type: 'success', key: `moderation-${userId}`, description: DONE[action], message: '' });
          onClose();
          onDone();
        },
        onError: (err) => {
          const reasonError = err.errors?.reason;
          if (reasonError) form.setFields([{ name: 'reason', errors: [String(reasonError)] }]);
          // A 409 (already suspended, not suspended): the page is out of date.
          if (err.statusCode === 409) onDone();
        },
      },
    );
  };

  return (
    <Modal
      open={!!action}
      title={action ? TITLES[action] : ''}
      onCancel={mutation.isPending ? undefined : onClose}
      destroyOnHidden
      // Cleared once closed, never after opening: a reset then could wipe what was already typed.
      afterClose={() => form.resetFields()}
      footer={[
        <Button key="cancel" onClick={onClose} disabled={mutation.isPending}>
          Cancel
        </Button>,
        <Button key="submit" type="primary" danger={action === 'suspend'} loading={mutation.isPending} onClick={() => form.submit()} data-testid="moderation-submit">
          Confirm
        </Button>,
      ]}
    >
      <div data-testid="moderation-modal" data-action={action ?? undefined}>
        <Form form={form} name="moderation" layout="vertical" onFinish={submit}>
          <Form.Item label="Reason" name="reason" rules={[{ required: true, whitespace: true, message: 'A reason is required' }, { max: REASON_MAX }]}>
            <Input.TextArea rows={4} showCount maxLength={REASON_MAX} autoFocus placeholder="Kept in the user's moderation history and the audit trail" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
