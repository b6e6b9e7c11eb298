export { type ImageSafety, classifyImage, closeImageSafety } from './image-safety';
