/**
 * The console translates the server's English field messages with a table
 * of phrases. The cases below are messages as the server writes them, some
 * produced by the server's own code so that a reworded phrase fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CHINESE_MESSAGES, translateFieldError, translateFieldErrors, translateServerMessage } from '../../admin-ui/src/common/fieldErrors';
import { validateApprovalNumbers } from '../../server/src/domain/filing-numbers';
import { parseReasons } from '../../server/src/services/review';
import { InputError } from '../../server/src/http/errors';
import { loadExample } from '../support/fixtures';

/** Returns the `errors` of the InputError that `run` throws. */
function fieldErrorsThrownBy(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return (error.body as { errors: Record<string, string> }).errors;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('translateFieldError', () => {
  test.each([
    ['is required', '必填'],
    ['must be text', '必须是文本'],
    ['must be at most 2000 characters', '不能超过 2000 个字符'],
    ['must be at least 10 characters', '至少需要 10 个字符'],
    ['must be one of specialist, supervisor, admin', '必须是以下之一：specialist, supervisor, admin'],
    ['must be the id of an active user', '必须是一个启用中的用户'],
    ['must be a real date YYYY-MM-DD', '必须是有效日期，格式为 YYYY-MM-DD'],
    ['is required, e.g. 闽ICP备12345678号', '必填，例如 闽ICP备12345678号'],
    ['must start with the entity number 闽ICP备26000001号', '必须以主体备案号 闽ICP备26000001号 开头'],
    ['-2 is already used by another website of this entity', '-2 已被该主体的其他网站使用'],
    ['"x.y" is no rule id: leave it empty or pick one from GET /api/rules', '“x.y”不是检查规则编号：请留空，或选择一条已有规则'],
    [
      '2020-01-01T02:00:00.000Z is before 2026-12-04T08:00:00.000Z, when the application reached sms_pending',
      '2020-01-01T02:00:00.000Z 早于申请进入 sms_pending 状态的时间 2026-12-04T08:00:00.000Z',
    ],
    [
      'occurred_at "2026-12-05" is not a time: write 2026-12-05T09:30:00+08:00, or 2026-12-05 09:30 for Beijing time',
      'occurred_at“2026-12-05”不是时间：请写 2026-12-05T09:30:00+08:00，或按北京时间写 2026-12-05 09:30',
    ],
    ['occurred_at "2030-01-01 08:00" is in the future', 'occurred_at“2030-01-01 08:00”晚于当前时间'],
  ])('%s', (english, chinese) => {
    expect(translateFieldError(english, 'zh')).toBe(chinese);
  });

  test('unknown message stays English', () => {
    expect(translateFieldError('must be a prime number', 'zh')).toBe('must be a prime number');
  });

  test('phrase inside a longer message stays English', () => {
    expect(translateFieldError('name is required', 'zh')).toBe('name is required');
  });

  test('English locale keeps the server text', () => {
    expect(translateFieldError('is required', 'en')).toBe('is required');
  });
});

describe('server messages', () => {
  test('rejection reasons', () => {
    const errors = fieldErrorsThrownBy(() =>
      parseReasons([{ text: '' }, { text: 'x'.repeat(2001) }, { text: 'ok', ruleId: 42 }]),
    );
    expect(errors).toEqual({
      'reasons[0].text': 'is required',
      'reasons[1].text': 'must be at most 2000 characters',
      'reasons[2].ruleId': 'must be text',
    });
    expect(translateFieldErrors(errors, 'zh')).toEqual({
      'reasons[0].text': '必填',
      'reasons[1].text': '不能超过 2000 个字符',
      'reasons[2].ruleId': '必须是文本',
    });
  });

  test('empty rejection', () => {
    const errors = fieldErrorsThrownBy(() => parseReasons([]));
    expect(translateFieldErrors(errors, 'zh')).toEqual({ reasons: '至少填写一条驳回理由及其说明' });
  });

  test.each([
    ['missing numbers', {}, []],
    ['malformed numbers', { entity: 'ICP12345', websites: ['x', 'y'] }, []],
    ['another province', { entity: '京ICP备12345678号', websites: [] }, []],
    ['website of another entity', { entity: '闽ICP备26000001号', websites: ['闽ICP备26000002号-1'] }, []],
    ['website number on record', { entity: '闽ICP备26000001号', websites: ['闽ICP备26000001号-1'] }, ['闽ICP备26000001号-1']],
  ])('filing numbers: %s', (_label, raw, onRecord) => {
    const result = validateApprovalNumbers(raw, loadExample('new_filing'), onRecord);
    expect(result.ok).toBe(false);
    const errors = result.ok ? {} : result.errors;
    expect(Object.keys(errors).length).toBeGreaterThan(0);
    for (const [path, message] of Object.entries(errors)) {
      expect([path, translateFieldError(message, 'zh')]).not.toEqual([path, message]);
    }
  });
});

describe('translateServerMessage', () => {
  test.each([
    ['Some reasons are incomplete.', '部分驳回理由不完整。'],
    ['Cannot reject BA2026-001033: it is pending_review.', '无法驳回 BA2026-001033：it is pending_review。'],
    ['Cancelled: the application was withdrawn before it was sent.', '已取消：邮件发出前申请已撤回。'],
    ['An unknown sentence.', 'An unknown sentence.'],
  ])('%s', (english, chinese) => {
    expect(translateServerMessage(english, 'zh')).toBe(chinese);
  });

  test('English keeps the server text', () => {
    expect(translateServerMessage('Some reasons are incomplete.', 'en')).toBe('Some reasons are incomplete.');
  });

  test('every message still occurs in the server code', () => {
    const sources = serverSources();
    for (const [english] of CHINESE_MESSAGES) {
      // The longest literal part between placeholders must occur as written.
      const literal = english.split(/%\{\w+\}/).sort((a, b) => b.length - a.length)[0];
      expect([english, sources.includes(literal)]).toEqual([english, true]);
    }
  });
});

function serverSources(): string {
  const root = path.join(__dirname, '../../server/src');
  const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  return files.map((file) => fs.readFileSync(path.join(root, file), 'utf8')).join('\n');
}
