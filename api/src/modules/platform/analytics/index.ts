export { startAnalystSql } from './analyst-sandbox';
