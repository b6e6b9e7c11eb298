import { Button } from 'antd';
import type { CursorPager } from '../hooks/use-cursor-list';

/** Re-fetches a list now (live queues also refresh on their own). */
export function RefreshButton({ list }: { list: { refetch: () => unknown; pager: Pick<CursorPager, 'loading'> } }) {
  return (
    <Button onClick={() => void list.refetch()} loading={list.pager.loading} data-testid="refresh">
      Refresh
    </Button>
  );
}
