import { downloadCSV, type Exporter } from 'react-admin';

import { toCsv } from '../common/csv';
import { formatDateTime } from '../common/format';
import { appChinese } from '../i18n/zh';
import type { Submission } from '../providers/types';

const COLUMNS = [
  'reference',
  'status',
  'statusLabel',
  'type',
  'typeLabel',
  'provinceName',
  'entityName',
  'domains',
  'submittedAt',
  'receivedAt',
  'assigneeName',
  'errorCount',
  'warningCount',
  'clockKind',
  'clockState',
  'clockDueAt',
];

const statusLabels: Record<string, string> = appChinese.app.status;
const typeLabels: Record<string, string> = appChinese.app.type;

/**
 * Exports the queue as CSV. Times are Beijing "YYYY-MM-DD HH:mm", the zone
 * the filing deadlines use. A UTF-8 byte order mark is prepended so that
 * spreadsheet programs read the Chinese labels correctly.
 */
export const submissionExporter: Exporter<Submission> = (records) => {
  const rows = records.map((record) => ({
    reference: record.reference,
    status: record.status,
    statusLabel: statusLabels[record.status] ?? record.status,
    type: record.type,
    typeLabel: typeLabels[record.type] ?? record.type,
    provinceName: record.provinceName ?? record.province,
    entityName: record.entityName,
    domains: (record.domains ?? []).join(' '),
    submittedAt: formatDateTime(record.submittedAt),
    receivedAt: formatDateTime(record.receivedAt),
    assigneeName: record.assigneeName ?? '',
    errorCount: record.errorCount,
    warningCount: record.warningCount,
    clockKind: record.clock?.kind ?? '',
    clockState: record.clock?.state ?? '',
    clockDueAt: formatDateTime(record.clock?.dueAt),
  }));
  downloadCSV(`\uFEFF${toCsv(COLUMNS, rows)}`, 'submissions');
};
