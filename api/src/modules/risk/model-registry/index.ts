export { modelRegistrySource } from './model-source';
