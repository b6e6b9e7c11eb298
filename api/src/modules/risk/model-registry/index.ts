export { modelRegistrySource } from './model-source';
export { type ModelVersionRow, findModelVersion, servingModelVersions } from './model-registry.repository';
export { MODEL_STATUSES, ModelVersionParams } from './model-registry.schemas';
export { promoteModel } from './model-registry.service';
