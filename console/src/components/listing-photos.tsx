import { Link } from 'react-router';
import { Image, Space, Tag, Tooltip, Typography } from 'antd';
import type { ReviewImage } from '../types';

const variant = (image: ReviewImage, size: 'thumb' | 'large') => image.variants.find((v) => v.size === size) ?? image.variants.at(-1);

/** The safety model's verdict on a photo: its class and the score compared with the threshold, red when unsafe. */
function SafetyTag({ safety }: { safety: ReviewImage['safety'] }) {
  return (
    <Tooltip title={safety.unsafe ? 'Unsafe: the score (Porn + Hentai + half of Sexy) reached the threshold' : 'Score: Porn + Hentai + half of Sexy'}>
      <Tag color={safety.unsafe ? 'red' : 'default'} data-testid="photo-safety" data-unsafe={safety.unsafe}>
        {safety.unsafe ? 'unsafe · ' : ''}
        {safety.label} · score {safety.score.toFixed(2)}
      </Tag>
    </Tooltip>
  );
}

/** A listing's photos for a moderator: thumbnails (click for the large one), each with its safety verdict and the other listing it was taken from. */
export function ListingPhotos({ images }: { images: ReviewImage[] }) {
  if (images.length === 0) return <Typography.Text type="secondary">no photos</Typography.Text>;
  return (
    <Image.PreviewGroup>
      <Space size={8} wrap align="start" data-testid="listing-photos">
        {images.map((image) => (
          <Space key={image.id} direction="vertical" size={2} data-testid="listing-photo" data-image-id={image.id}>
            <Image
              src={variant(image, 'thumb')?.url}
              preview={{ src: variant(image, 'large')?.url }}
              width={88}
              height={88}
              style={{ objectFit: 'cover', borderRadius: 4, outline: image.safety.unsafe ? '3px solid #ff4d4f' : undefined }}
              alt={`Photo ${image.position + 1}`}
            />
            <SafetyTag safety={image.safety} />
            {image.reuse && (
              <Tooltip title={`The same picture (hash distance ${image.reuse.distance}) is on another seller's listing`}>
                <Link to={`/listings/${image.reuse.listing_id}`} data-testid="photo-reuse-link" style={{ fontSize: 12 }}>
                  also on another listing
                </Link>
              </Tooltip>
            )}
          </Space>
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}
