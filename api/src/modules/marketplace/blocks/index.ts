export { eraseBlocks, exportBlocksOf, hasNotBlocked, neitherBlocked } from './blocks.repository';
export { assertNotBlocked } from './blocks.service';
