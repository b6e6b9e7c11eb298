export { type PushMessage, type PushOutcome, type PushTarget, PushFailed, sendPush } from './web-push';
export { type VapidKeys, vapidKeys } from './vapid-keys';
