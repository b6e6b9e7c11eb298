export { type ServingModels, createServingModels } from './serving-models';
