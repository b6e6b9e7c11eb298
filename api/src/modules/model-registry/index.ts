export { modelRegistryRoutes } from './model-registry.routes';
export { modelsLocation } from './model-files';
export { type LoadedModel, type ServingModels, type ServingSet, createServingModels } from './serving-models';
