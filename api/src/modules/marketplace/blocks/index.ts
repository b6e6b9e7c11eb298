export { eraseBlocks, exportBlocksOf, hasNotBlocked, isBlockedBetween } from './blocks.repository';
export { assertNotBlocked } from './blocks.service';
