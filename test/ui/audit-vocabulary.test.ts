/**
 * The audit log translates the server's action and actor names. These tests
 * read the names from the server's source, so a new action or actor without
 * a label fails here instead of showing as a raw code in the console.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { AUDIT_ACTIONS, AUDIT_ACTOR_LABELS } from '../../admin-ui/src/audit-events/vocabulary';
import { appEnglish } from '../../admin-ui/src/i18n/en';
import { appChinese } from '../../admin-ui/src/i18n/zh';
import { MIIT_TRANSITIONS } from '../../server/src/domain/workflow';

const SERVER = join(__dirname, '../../server/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path.endsWith(join('domain', 'rules')) ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function literals(pattern: RegExp): string[] {
  const found = sourceFiles(SERVER).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(pattern)].map((match) => match[1]),
  );
  return [...new Set(found)].sort();
}

/** Reads a dotted key such as "email.resend" from a nested message object. */
function lookup(messages: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

describe('audit vocabulary', () => {
  test('lists every literal action the server writes', () => {
    const actions = literals(/\baction: '([\w.-]+)'/g);
    expect(actions).toContain('login_failed');
    for (const action of actions) expect([action, (AUDIT_ACTIONS as readonly string[]).includes(action)]).toEqual([action, true]);
  });

  test('lists every MIIT event action', () => {
    for (const event of Object.keys(MIIT_TRANSITIONS)) {
      expect((AUDIT_ACTIONS as readonly string[]).includes(`miit_${event}`)).toBe(true);
    }
  });

  test('lists every actor name the server writes', () => {
    const labels = literals(/\b(?:actorLabel|actor_label|label): '([\w-]+)'/g);
    expect(labels).toEqual([...AUDIT_ACTOR_LABELS].sort());
  });

  test.each([
    ['Chinese', appChinese],
    ['English', appEnglish],
  ])('actions and actors have %s labels', (_name, locale) => {
    for (const action of AUDIT_ACTIONS) {
      expect([action, typeof lookup(locale.app.audit_action, action)]).toEqual([action, 'string']);
    }
    for (const actor of AUDIT_ACTOR_LABELS) {
      expect([actor, typeof lookup(locale.app.audit_actor, actor)]).toEqual([actor, 'string']);
    }
  });
});
