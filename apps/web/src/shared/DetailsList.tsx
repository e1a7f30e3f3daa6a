import type { ReactNode } from 'react';

/** A read-only record as a description list, one `details-row` per term and value. */
export const DetailsList = ({ rows }: { rows: [string, ReactNode][] }) => (
  <dl className="details">
    {rows.map(([term, value]) => (
      <div key={term} className="details-row">
        <dt>{term}</dt>
        <dd>{value}</dd>
      </div>
    ))}
  </dl>
);
