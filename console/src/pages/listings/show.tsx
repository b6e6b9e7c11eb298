import { Link, useParams } from 'react-router';
import { useCustom } from '@refinedev/core';
import { Show } from '@refinedev/antd';
import { Descriptions, Tag, Typography } from 'antd';
import type { QueuedListing } from '../../types';
import type { ApiError } from '../../providers/http';
import { ListError } from '../../components/list-error';
import { ListingFlagTags } from '../../components/listing-flag-tags';
import { ListingPhotos } from '../../components/listing-photos';
import { formatMoney } from '../../lib/money';
import { formatDateTime, shortId } from '../../lib/time';
import { useLiveRecord } from '../../hooks/use-live-record';

/** One listing as moderators see it, whatever its status: where a reused photo's link leads. */
export function ListingShow() {
  const { id = '' } = useParams();
  const { query } = useCustom<QueuedListing, ApiError>({ url: `/v1/admin/listings/${id}`, method: 'get' });
  useLiveRecord('listings', id, query.refetch);
  // Not `result.data`: Refine fills that with {} until the answer arrives.
  const listing = query.isError ? undefined : query.data?.data;
  return (
    <Show title={listing ? listing.title : `Listing ${shortId(id)}`} isLoading={query.isLoading} headerButtons={<></>}>
      {query.isError && <ListError what="this listing" error={query.error} />}
      {listing?.id && (
        <Descriptions column={1} bordered size="small" data-testid="listing-detail">
          <Descriptions.Item label="Status">
            <Tag data-testid="listing-status">{listing.status.replace('_', ' ')}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label="Seller">
            <Link to={`/users/${listing.seller.id}`}>{listing.seller.display_name}</Link> <Typography.Text type="secondary">{listing.seller.email}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="Price">{formatMoney(listing.price)}</Descriptions.Item>
          <Descriptions.Item label="Description">
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{listing.description}</Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label="Flags">
            <ListingFlagTags flags={listing.flags} openReports={listing.open_reports} />
          </Descriptions.Item>
          {listing.seller_risk && (
            <Descriptions.Item label={`Seller risk ${listing.seller_risk.score}`}>
              <ul style={{ margin: 0, paddingLeft: 16 }} data-testid="listing-seller-risk">
                {listing.seller_risk.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </Descriptions.Item>
          )}
          <Descriptions.Item label="Photos">
            <ListingPhotos images={listing.images} />
          </Descriptions.Item>
          <Descriptions.Item label="Listed">{formatDateTime(listing.created_at)}</Descriptions.Item>
        </Descriptions>
      )}
    </Show>
  );
}

export default ListingShow;
