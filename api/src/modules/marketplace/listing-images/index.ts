export { coversOf, eraseListingImages, exportListingImagesOf, imagesOf, orderImagesOf, reviewImagesOf, snapshotOrderImages } from './listing-image-views';
export { ListingImageResponse, ListingWithImagesResponse, ReviewImageResponse } from './listing-images.schemas';
export { addListingImages, purgeRemovedImages } from './listing-images.service';
export { PHOTO_TYPES, toPhoto } from './photo-image';
export { MAX_IMAGE_BYTES } from './listing-image-limits';
