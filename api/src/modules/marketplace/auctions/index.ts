export { AUCTION_TOPIC } from './auction-topic';
export { runAuctionJobs } from './auction-closing.service';
export { liveAuctionsInvolving } from './auctions.repository';
