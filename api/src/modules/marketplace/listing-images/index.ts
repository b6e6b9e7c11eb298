export { coversOf, eraseListingImages, exportListingImagesOf, imagesOf, orderImagesOf, reviewImagesOf, snapshotOrderImages } from './listing-image-views';
export { ListingImageResponse, ListingWithImagesResponse, ReviewImageResponse } from './listing-images.schemas';
export { addListingImages, purgeRemovedImages } from './listing-images.service';
