import { Space, Tag } from 'antd';
import type { ListingFlag } from '../types';

const FLAG_LABELS: Record<ListingFlag, { label: string; color: string }> = {
  new_seller: { label: 'new seller', color: 'blue' },
  prohibited_item: { label: 'prohibited item', color: 'red' },
  contact_details: { label: 'contact details', color: 'orange' },
  price_far_below_median: { label: 'price far below median', color: 'gold' },
  reported: { label: 'reported', color: 'volcano' },
  unsafe_image: { label: 'unsafe photo', color: 'red' },
  photo_reused: { label: 'photo used by another seller', color: 'purple' },
  seller_risk: { label: 'seller risk (see the seller’s risk scores)', color: 'magenta' },
};

/** Why a listing waits for a moderator, in words, and how many reports are open on it. */
export function ListingFlagTags({ flags, openReports }: { flags: ListingFlag[]; openReports: number }) {
  return (
    <Space size={[0, 4]} wrap data-testid="listing-flags">
      {flags.map((f) => (
        <Tag key={f} color={FLAG_LABELS[f]?.color} data-flag={f}>
          {FLAG_LABELS[f]?.label ?? f}
        </Tag>
      ))}
      {openReports > 0 && (
        <Tag color="magenta">
          {openReports} open report{openReports === 1 ? '' : 's'}
        </Tag>
      )}
    </Space>
  );
}
