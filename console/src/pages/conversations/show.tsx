import { Link, useParams } from 'react-router';
import { useCan, useCustom, useInvalidate } from '@refinedev/core';
import { Show } from '@refinedev/antd';
import { App, Button, Descriptions, Popconfirm, Tag, Tooltip } from 'antd';
import type { StaffConversation, StaffConversationDetail } from '../../types';
import { apiFetch, type ApiError } from '../../providers/http';
import { ListError } from '../../components/list-error';
import { MessageThread } from '../../components/message-thread';
import { formatDateTime, shortId } from '../../lib/time';

const party = (p: StaffConversation['buyer']) => <Link to={`/users/${p.id}`}>{p.display_name ?? 'deleted user'}</Link>;

/** A flagged (or formerly flagged) conversation: its parties, the whole thread, and clearing the flag. */
export function ConversationShow() {
  const { id = '' } = useParams();
  const { query } = useCustom<StaffConversationDetail, ApiError>({ url: `/v1/admin/conversations/${id}`, method: 'get' });
  const invalidate = useInvalidate();
  const { notification } = App.useApp();
  const { data: can } = useCan({ resource: 'conversations', action: 'decide' });
  const denied = can && !can.can ? (can.reason ?? 'Your staff role cannot clear flags.') : undefined;
  // Not `result.data`: Refine fills that with {} until the answer arrives.
  const conversation = query.isError ? undefined : query.data?.data;

  const clearFlag = async () => {
    try {
      await apiFetch<StaffConversation>(`/v1/admin/conversations/${encodeURIComponent(id)}/clear-flag`, { method: 'POST' });
      notification.success({ key: `conversation-${id}`, message: 'Flag cleared' });
    } catch (e) {
      notification.error({ key: `conversation-${id}`, message: 'Could not clear the flag', description: (e as ApiError).message });
    }
    await Promise.all([query.refetch(), invalidate({ resource: 'conversations', invalidates: ['list'] })]);
  };

  const flagged = !!conversation?.flagged_at;
  return (
    <Show
      title={conversation?.listing ? `Conversation about ${conversation.listing.title ?? 'a deleted listing'}` : `Conversation ${shortId(id)}`}
      isLoading={query.isLoading}
      headerButtons={
        <Tooltip title={denied}>
          <Popconfirm
            title="Clear this conversation's flag?"
            description="It leaves the queue and its count of findings restarts."
            okText="Clear flag"
            onConfirm={clearFlag}
            disabled={!flagged || !!denied}
          >
            <Button disabled={!flagged || !!denied} data-testid="clear-flag">
              Clear flag
            </Button>
          </Popconfirm>
        </Tooltip>
      }
    >
      {query.isError && <ListError what="this conversation" error={query.error} />}
      {conversation?.id && (
        <>
          <Descriptions column={2} bordered size="small" style={{ marginBottom: 16 }} data-testid="conversation-detail">
            <Descriptions.Item label="Listing">{conversation.listing.title ?? 'deleted listing'}</Descriptions.Item>
            <Descriptions.Item label="Flag">
              {flagged ? (
                <Tag color="orange" data-testid="conversation-flag">
                  flagged {formatDateTime(conversation.flagged_at)}
                </Tag>
              ) : (
                <Tag data-testid="conversation-flag">cleared {formatDateTime(conversation.flag_cleared_at)}</Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="Buyer">{party(conversation.buyer)}</Descriptions.Item>
            <Descriptions.Item label="Seller">{party(conversation.seller)}</Descriptions.Item>
            <Descriptions.Item label="Findings">{conversation.contact_attempts}</Descriptions.Item>
            <Descriptions.Item label="Order">{conversation.order_id ? shortId(conversation.order_id) : 'none'}</Descriptions.Item>
          </Descriptions>
          <MessageThread messages={conversation.messages} />
        </>
      )}
    </Show>
  );
}

export default ConversationShow;
