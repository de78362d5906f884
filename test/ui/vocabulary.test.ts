/**
 * The console keeps its own copies of the server's vocabulary (statuses,
 * types, kinds, field labels), because admin-ui does not import server code.
 * These tests fail when the two drift apart.
 */
import * as choices from '../../admin-ui/src/common/choices';
import { appEnglish } from '../../admin-ui/src/i18n/en';
import { appChinese } from '../../admin-ui/src/i18n/zh';
import { APPLICATION_TYPES } from '../../server/src/domain/application';
import { FIELD_LABELS } from '../../server/src/domain/emails/field-label';
import { EMAIL_KINDS } from '../../server/src/domain/emails/types';
import { REFERENCE_KINDS } from '../../server/src/domain/reference-data';
import { MIIT_TRANSITIONS, STATUSES } from '../../server/src/domain/workflow';
import { EMAIL_STATUSES } from '../../server/src/jobs/outbox';

const LISTS: [string, readonly string[], readonly string[], keyof typeof appChinese.app][] = [
  ['statuses', choices.STATUSES, STATUSES, 'status'],
  ['application types', choices.TYPES, APPLICATION_TYPES, 'type'],
  ['email kinds', choices.EMAIL_KINDS, EMAIL_KINDS, 'email_kind'],
  ['email statuses', choices.EMAIL_STATUSES, EMAIL_STATUSES, 'email_status'],
  ['reference kinds', choices.REFERENCE_KINDS, REFERENCE_KINDS, 'reference_kind'],
];

describe('console vocabulary', () => {
  test.each(LISTS)('%s match the server', (_name, consoleValues, serverValues) => {
    expect([...consoleValues].sort()).toEqual([...serverValues].sort());
  });

  test.each(LISTS)('%s have labels in both languages', (_name, _consoleValues, serverValues, group) => {
    for (const locale of [appChinese, appEnglish]) {
      const labels = locale.app[group] as Record<string, string>;
      for (const value of serverValues) expect([value, labels[value]?.trim() || null]).toEqual([value, expect.any(String)]);
    }
  });

  test('MIIT events apply in the same statuses', () => {
    expect([...choices.MIIT_EVENTS].sort()).toEqual(Object.keys(MIIT_TRANSITIONS).sort());
    for (const event of choices.MIIT_EVENTS) {
      expect([event, [...choices.MIIT_EVENT_FROM[event]].sort()]).toEqual([event, [...MIIT_TRANSITIONS[event].from].sort()]);
    }
  });

  test('field labels match the email labels', () => {
    // The console's own keys: a numbering pattern and the two words for "name".
    const { numbered, person_name, title_name, ...labels } = appChinese.app.field_path;
    expect(labels).toEqual(FIELD_LABELS);
    expect([numbered, person_name, title_name]).toEqual(['%{label}%{index}', '姓名', '名称']);
  });
});
