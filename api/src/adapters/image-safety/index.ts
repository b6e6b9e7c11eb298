export { classifyImage, closeImageSafety } from './image-safety';
export type { ImageSafety } from './verdict';
