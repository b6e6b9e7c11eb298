import { join } from 'node:path';

/** The model the API serves unless FRAUD_MODEL_PATH says otherwise. fraud-gbt-v1 stays beside it. */
export const CURRENT_MODEL_PATH: string = join(__dirname, '..', 'models', 'fraud-gbt-v2.onnx');
