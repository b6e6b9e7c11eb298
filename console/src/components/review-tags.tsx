import { Space, Tag } from 'antd';
import type { ReviewStatus } from '../types';

const FLAG_LABELS: Record<string, string> = {
  contact_details: 'contact details',
  link: 'link',
  profanity: 'profanity',
  shared_device: 'shared device',
  shared_card: 'shared card',
  burst: 'burst',
  reported: 'reported',
};

const STATUS_COLORS: Record<ReviewStatus, string> = { published: 'green', flagged: 'gold', removed: 'red' };

/** Why a review was held: the automatic flags, and `reported` when someone reported it. */
export function ReviewFlagTags({ flags }: { flags: string[] }) {
  return (
    <Space size={[0, 4]} wrap data-testid="review-flags">
      {flags.map((f) => (
        <Tag key={f} color={f === 'reported' ? 'volcano' : 'gold'}>
          {FLAG_LABELS[f] ?? f}
        </Tag>
      ))}
    </Space>
  );
}

export function ReviewStatusTag({ status }: { status: ReviewStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="review-status" data-status={status}>
      {status}
    </Tag>
  );
}
