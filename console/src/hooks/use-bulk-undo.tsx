import { App, Button } from 'antd';
import type { BulkDecisionResult, UndoResult } from '../types';
import { apiFetch, isApiError } from '../providers/http';

/**
 * After a bulk decision on a moderation queue: a notification saying what changed, with an Undo
 * button that posts to the batch's undo endpoint (`<base>/<batchId>/undo`) and says what came back.
 * Every queue's bulk endpoint answers `{ batch_id, applied, skipped }`.
 */
export function useBulkUndo(base: string, refresh: () => Promise<unknown>) {
  const { notification } = App.useApp();

  const undo = async (batchId: string, key: string) => {
    notification.destroy(key);
    try {
      const result = await apiFetch<UndoResult>(`${base}/${encodeURIComponent(batchId)}/undo`, { method: 'POST' });
      notification.info({
        message: `Undone: ${result.restored.length} restored`,
        description: result.skipped.length ? `${result.skipped.length} skipped: changed since the decision` : undefined,
      });
    } catch (err) {
      notification.error({ message: 'Undo failed', description: isApiError(err) ? err.message : String(err) });
    }
    await refresh();
  };

  /** `done` names the decision in the past tense with its noun, e.g. `n => \`${n} reviews published\``. */
  return (result: BulkDecisionResult, done: (n: number) => string) => {
    const batchId = result.batch_id;
    const key = `batch-${batchId ?? Date.now()}`;
    notification.success({
      key,
      duration: 15,
      message: done(result.applied.length),
      description: result.skipped.length ? `${result.skipped.length} skipped` : undefined,
      actions: batchId ? (
        <Button size="small" onClick={() => void undo(batchId, key)} data-testid="undo-batch">
          Undo
        </Button>
      ) : undefined,
    });
  };
}
