import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

/**
 * Horizontal scroll container for a wide table on a narrow screen. When (and only when) the table
 * overflows, the container becomes a labelled, focusable region so keyboard users can scroll it.
 */
export const TableWrap = ({ label, children }: { label: string; children: ReactNode }) => {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollable, setScrollable] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setScrollable(element.scrollWidth > element.clientWidth + 1));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      className="table-wrap"
      {...(scrollable ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      {children}
    </div>
  );
};
