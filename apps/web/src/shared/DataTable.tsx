import type { ReactNode } from 'react';
import { TableWrap } from './TableWrap';

interface DataTableProps {
  /** Shown as the table's caption and used as the label of the scroll region. */
  caption: string;
  /** Column headers; `false` or `null` leaves an optional column out. */
  columns: (string | false | null)[];
  /** Text of the single row shown instead of `children` when `isEmpty` is set. */
  emptyText?: string;
  isEmpty?: boolean;
  /** The body rows. */
  children?: ReactNode;
}

/** A captioned table with column headers inside a TableWrap, with an optional "no rows" row. */
export const DataTable = ({
  caption,
  columns,
  emptyText,
  isEmpty = false,
  children,
}: DataTableProps) => {
  const shown = columns.filter((column): column is string => column !== false && column !== null);
  return (
    <TableWrap label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {shown.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {isEmpty ? (
            <tr>
              <td colSpan={shown.length}>{emptyText}</td>
            </tr>
          ) : (
            children
          )}
        </tbody>
      </table>
    </TableWrap>
  );
};
