export { modelRegistryRoutes } from './model-registry.routes';
export { type ServingModels, createServingModels } from './serving-models';
