import { useCustom } from '@refinedev/core';
import { Spin } from 'antd';
import type { MessageContext } from '../types';
import type { ApiError } from '../providers/http';
import { ListError } from './list-error';
import { MessageThread } from './message-thread';

/** A reported message among the messages around it, the reported one highlighted. Loaded only when opened: the read is audited. */
export function ReportMessageContext({ reportId }: { reportId: string }) {
  const { query } = useCustom<MessageContext, ApiError>({ url: `/v1/admin/reports/${reportId}/context`, method: 'get' });
  if (query.isLoading) return <Spin />;
  if (query.isError) return <ListError what="the message's context" error={query.error} />;
  const context = query.data?.data;
  return context?.messages ? <MessageThread messages={context.messages} highlightId={context.message_id} /> : null;
}
