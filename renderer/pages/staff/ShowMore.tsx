import { Button } from 'react-aria-components';

/** "Showing 100 of 10,000" and a button for the next page: long lists draw a page at a time. */
export function ShowMore({ status, label, onMore }: { status: string; label: string; onMore: () => void }) {
  return (
    <div className="staff-more">
      <p className="staff-muted">{status}</p>
      <Button className="button button--secondary" onPress={onMore}>
        {label}
      </Button>
    </div>
  );
}
