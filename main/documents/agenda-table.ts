import type { Table } from 'docx';
import { dataTable, type TableLook } from './document-blocks';

export interface AgendaTableRow {
  start: string;
  title: string;
  minutes: number;
  owner: string;
}

/** The agenda as planned: start time, item, minutes and owner, one row per item. */
export function plannedAgendaTable(rows: readonly AgendaTableRow[], look: TableLook): Table {
  return dataTable(
    [
      { header: 'Start', width: 12 },
      { header: 'Item', width: 52 },
      { header: 'Minutes', width: 12 },
      { header: 'Owner', width: 24 },
    ],
    rows.map((row) => [row.start, row.title, String(row.minutes), row.owner]),
    look,
  );
}
