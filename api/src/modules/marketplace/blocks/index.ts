export { eraseBlocks, exportBlocksOf, hasNotBlocked } from './blocks.repository';
export { assertNotBlocked } from './blocks.service';
