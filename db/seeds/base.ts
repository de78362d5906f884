import type { Knex } from 'knex';
import reasonTemplates from '../data/reason-templates.json';
import { loadDefaultReferenceRows } from '../../server/src/domain/reference-files';
import { listRules } from '../../server/src/domain/rules/evaluate';
import { referenceRowToColumns } from '../../server/src/store/reference-data';

/**
 * Seeds what every installation needs, demo or not, into empty tables: the
 * rules' reference data and the rejection-reason templates (one per rule,
 * plus the reasons specialists find by hand). Tables that already hold rows
 * are left as the admins edited them.
 */
export async function seedBaseData(db: Knex): Promise<void> {
  await db.transaction(async (trx) => {
    const [{ count: references }] = await trx('reference_data').count({ count: '*' });
    if (Number(references) === 0) {
      const rows = loadDefaultReferenceRows().map(referenceRowToColumns);
      for (let start = 0; start < rows.length; start += 500) {
        await trx('reference_data').insert(rows.slice(start, start + 500));
      }
    }

    const [{ count: templates }] = await trx('reason_templates').count({ count: '*' });
    if (Number(templates) === 0) {
      const fromRules = listRules().map((rule: { id: string; title: string; suggestion: string }) => ({
        code: rule.id,
        group: rule.id.split('.')[0],
        rule_id: rule.id,
        path: null,
        text: rule.title,
        suggestion: rule.suggestion,
      }));
      const manual = reasonTemplates.templates.map((template) => ({
        code: template.code,
        group: template.group,
        rule_id: null,
        path: null,
        text: template.text,
        suggestion: template.suggestion,
      }));
      await trx('reason_templates').insert([...fromRules, ...manual]);
    }
  });
}
