import { useEffect, useRef } from 'react';
import { useSubscription } from '@refinedev/core';

/**
 * A case page (fetched with useCustom, which has no live mode of its own): reloads when the live
 * provider says this record of `resource` changed.
 */
export function useLiveRecord(resource: string, id: string | undefined, reload: () => unknown): void {
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  });
  useSubscription({
    channel: `resources/${resource}`,
    params: { resource, ids: id ? [id] : [], subscriptionType: 'useOne' },
    enabled: Boolean(id),
    onLiveEvent: () => void latest.current(),
  });
}
