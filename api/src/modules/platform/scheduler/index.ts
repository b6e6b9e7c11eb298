export { type JobHandlers, type JobOutcome, runJobs } from './scheduler';
export { type JobRequest, type ScheduledJob, scheduleJob, scheduleJobsQuery, skipPendingJobsQuery } from './scheduled-jobs.repository';
