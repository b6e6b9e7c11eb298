export { DATA_EXPORTS_TABLE } from './data-exports.repository';
export { runDataExports } from './data-exports.service';
