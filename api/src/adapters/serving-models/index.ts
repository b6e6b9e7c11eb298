export { ModelFileChanged, modelsLocation, readEvaluation, readModelFile } from './model-files';
export { type ModelSource, type ServingModels, createServingModels } from './serving-models';
