import { queueOfEvent } from './queue-events';

test('model monitoring alerts reach the models queue; a registry change and unrelated events do not', () => {
  expect(queueOfEvent('model.drift_detected')).toBe('models');
  expect(queueOfEvent('model.precision_dropped')).toBe('models');
  expect(queueOfEvent('model_version.status_changed')).toBeUndefined();
  expect(queueOfEvent('order.paid')).toBeUndefined();
  expect(queueOfEvent('fraud_case.opened')).toBe('fraud_cases');
});
