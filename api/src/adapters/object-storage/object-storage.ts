import type { Config } from '../../config';
import { createLocalStorage } from './local-storage';
import { createS3Storage } from './s3-storage';
import type { ObjectStorage } from './storage';

export function createObjectStorage(config: Config): ObjectStorage {
  return config.S3_BUCKET ? createS3Storage({ ...config, S3_BUCKET: config.S3_BUCKET }) : createLocalStorage(config.MEDIA_DIR);
}
