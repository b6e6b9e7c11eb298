import { Image, List, Space, Tag, Tooltip, Typography } from 'antd';
import type { StaffMessage } from '../types';
import { formatDateTime } from '../lib/time';

type Props = {
  messages: StaffMessage[];
  /** The reported message: highlighted whatever the detector said about it. */
  highlightId?: string;
};

const thumb = (image: StaffMessage['images'][number], size: string) => image.variants.find((v) => v.size === size) ?? image.variants.at(-1);

/**
 * A conversation read by staff, oldest first. Author and date sit on their own line above each body so long
 * messages keep the full width; messages the off-platform detector warned about are tinted and say why.
 */
export function MessageThread({ messages, highlightId }: Props) {
  return (
    <List
      dataSource={messages}
      locale={{ emptyText: 'No messages.' }}
      data-testid="message-thread"
      renderItem={(m) => {
        const warned = m.warnings.length > 0;
        const reported = m.id === highlightId;
        return (
          <List.Item
            key={m.id}
            data-testid="thread-message"
            data-message-id={m.id}
            data-warned={warned}
            data-reported={reported}
            style={{
              display: 'block',
              padding: '8px 12px',
              background: reported ? '#fff1f0' : warned ? '#fffbe6' : undefined,
              borderLeft: reported ? '3px solid #ff4d4f' : warned ? '3px solid #faad14' : '3px solid transparent',
            }}
          >
            <Space size={8} wrap>
              <Typography.Text strong data-testid="thread-author">
                {m.author_name ?? 'deleted user'}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(m.created_at)}
              </Typography.Text>
              {reported && <Tag color="red">reported</Tag>}
              {m.warnings.map((w) => (
                <Tooltip key={w.code} title={w.message}>
                  <Tag color="orange" data-testid="thread-warning">
                    {w.code.replace('_', ' ')}: {w.kinds.join(', ').replace(/_/g, ' ')}
                  </Tag>
                </Tooltip>
              ))}
            </Space>
            <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }} data-testid="thread-body">
              {m.body}
            </Typography.Paragraph>
            {m.images.length > 0 && (
              <Image.PreviewGroup>
                <Space size={8} wrap style={{ marginTop: 4 }}>
                  {m.images.map((image) => (
                    <Image
                      key={image.id}
                      src={thumb(image, 'thumb')?.url}
                      preview={{ src: thumb(image, 'large')?.url }}
                      width={88}
                      height={88}
                      style={{ objectFit: 'cover', borderRadius: 4 }}
                      alt="Message photo"
                      data-testid="thread-image"
                    />
                  ))}
                </Space>
              </Image.PreviewGroup>
            )}
          </List.Item>
        );
      }}
    />
  );
}
