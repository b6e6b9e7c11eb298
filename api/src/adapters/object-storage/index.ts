export { createObjectStorage } from './object-storage';
export type { ObjectStorage } from './storage';
