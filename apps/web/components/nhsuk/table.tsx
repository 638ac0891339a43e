import type { ReactNode } from 'react';

export interface TableRow {
  key: string;
  cells: ReactNode[];
  attributes?: Record<`data-${string}`, string>;
}

/**
 * The NHS.UK responsive table: a table on desktop; below it each row is a block of "heading: value"
 * lines, so nothing is wider than a phone's screen or hidden off to the side.
 */
export function ResponsiveTable({ caption, captionHidden, headers, rows }: { caption: string; captionHidden?: boolean; headers: string[]; rows: TableRow[] }) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption className={`nhsuk-table__caption${captionHidden ? ' nhsuk-u-visually-hidden' : ''}`}>{caption}</caption>
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr className="nhsuk-table__row" role="row">
          {headers.map((header) => (
            <th scope="col" role="columnheader" className="nhsuk-table__header" key={header}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr className="nhsuk-table__row" role="row" key={row.key} {...row.attributes}>
            {row.cells.map((cell, index) => (
              <td className="nhsuk-table__cell" role="cell" key={headers[index] ?? index}>
                <span className="nhsuk-table__heading" aria-hidden="true">
                  {headers[index]}{' '}
                </span>
                <div className="app-table__value">{cell}</div>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
