export { type StaffQueue, announceQueueChange, staffQueuesTopic } from './staff-queues';
export { queueOfEvent } from './queue-events';
