export { refundProposalsRoutes } from './refund-proposals.routes';
