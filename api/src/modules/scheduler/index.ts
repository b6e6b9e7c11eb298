export { runDueJobs } from './scheduler';
