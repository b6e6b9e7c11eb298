// Bounds on listing photos (documented in the README's "Photos" section).
export const MAX_IMAGES_PER_LISTING = 20;
/** Per file, as received (the variants are far smaller). */
export const MAX_IMAGE_BYTES = 15 * 1024 * 1024;
/** Per request: each is decoded in the request, so a request stays a few seconds at most. */
export const MAX_FILES_PER_UPLOAD = 10;
