/**
 * The server writes its per-field messages (`errors` of a 400 body) and the
 * lines of the MIIT import report in English. This table gives the Chinese
 * text of the recurring ones. `%{name}` stands for a part that varies, such
 * as a number or a value, and is copied into the Chinese text unchanged.
 */
const CHINESE_FIELD_ERRORS: ReadonlyArray<readonly [english: string, chinese: string]> = [
  // Text and choice fields of the console's forms and action dialogs.
  ['is required', '必填'],
  ['must be text', '必须是文本'],
  ['must be at most %{max} characters', '不能超过 %{max} 个字符'],
  ['must be at least %{min} characters', '至少需要 %{min} 个字符'],
  ['must be one of %{values}', '必须是以下之一：%{values}'],
  ['must be a list', '必须是列表'],
  ['must list at least one reason with its text', '至少填写一条驳回理由及其说明'],
  ['must be the id of an active user', '必须是一个启用中的用户'],
  ['must be the id of a submission', '必须是一个申请的编号'],
  ['is already used by another account', '已被其他账号使用'],
  ['may contain letters, digits, _ . - (2 to 64)', '只能包含字母、数字和 _ . -，长度 2–64 个字符'],
  ['"%{value}" is no rule id: leave it empty or pick one from GET /api/rules', '“%{value}”不是检查规则编号：请留空，或选择一条已有规则'],
  // Reference data.
  ['must be a real date YYYY-MM-DD', '必须是有效日期，格式为 YYYY-MM-DD'],
  ['must be unit or individual', '必须是 unit（单位）或 individual（个人）'],
  ['is required for a minimum_age row', '类别为最低年龄时必填'],
  ['must be a whole number of years for a minimum_age row', '类别为最低年龄时必须是整数年龄'],
  // Field paths of reasons and comments.
  [
    '"%{path}" is not a field of this application: pick one of its fields, or leave the path empty for the whole application',
    '“%{path}”不是此申请的字段：请选择申请中的字段，或留空表示整个申请',
  ],
  [
    'must be a field path such as %{example}, or empty for the whole application',
    '必须是字段路径（如 %{example}），或留空表示整个申请',
  ],
  // MIIT events and filing numbers.
  ['is required for a rejected event', '管局退回时必填'],
  ['%{time} is later than now', '%{time} 晚于当前时间'],
  ['%{time} is before %{step}, when the application reached %{status}', '%{time} 早于申请进入 %{status} 状态的时间 %{step}'],
  ['is required, e.g. %{example}', '必填，例如 %{example}'],
  ['"%{value}" is not a filing number: write <province>ICP备<8 or 10 digits>号', '“%{value}”不是主体备案号：格式为 <省份简称>ICP备<8 或 10 位数字>号'],
  ['"%{value}" names another province than the entity\'s (%{province})', '“%{value}”的省份与主体所在省份（%{province}）不同'],
  ['differs from the entity\'s filing number in the application, %{number}', '与申请中的主体备案号 %{number} 不一致'],
  ['must list %{count} website number(s), one per new website in order', '须按顺序为每个新增网站填写一个网站备案号，共 %{count} 个'],
  ['lists %{listed} number(s); the application has %{count} new website(s)', '填写了 %{listed} 个备案号，但申请中有 %{count} 个新增网站'],
  ['"%{value}" is not a website filing number: write <entity number>-<n>', '“%{value}”不是网站备案号：格式为 <主体备案号>-<序号>'],
  ['must start with the entity number %{number}', '必须以主体备案号 %{number} 开头'],
  ['-%{index} is already used by another website of this entity', '-%{index} 已被该主体的其他网站使用'],
  // The MIIT CSV import: the uploaded file, then one message per failed line.
  ['must be CSV', '必须是 CSV 文件'],
  ['header is "%{header}"', '表头为“%{header}”'],
  ['too many lines', '行数过多'],
  ['has %{count} columns; the header has %{expected}', '有 %{count} 列，表头有 %{expected} 列'],
  ['unknown event "%{event}": use %{events}', '未知事件“%{event}”：可用 %{events}'],
  ['unknown reference "%{reference}"', '找不到申请编号“%{reference}”'],
  [
    'occurred_at "%{value}" is not a time: write 2026-12-05T09:30:00+08:00, or 2026-12-05 09:30 for Beijing time',
    'occurred_at“%{value}”不是时间：请写 2026-12-05T09:30:00+08:00，或按北京时间写 2026-12-05 09:30',
  ],
  ['occurred_at "%{value}" is in the future', 'occurred_at“%{value}”晚于当前时间'],
  // List filters.
  ['must be a date or an RFC 3339 date-time', '必须是日期或 RFC 3339 时间'],
  ['must be true or false', '必须是 true 或 false'],
  ['unknown value %{values}: use %{allowed}', '未知的值 %{values}：可用 %{allowed}'],
];

/**
 * The server's whole-sentence messages (`message` of an error body, the
 * outbox's note on a cancelled email) that the console's users meet, with
 * their Chinese text. Messages for the portal's intake calls are left out.
 */
export const CHINESE_MESSAGES: ReadonlyArray<readonly [english: string, chinese: string]> = [
  ['Some reasons are incomplete.', '部分驳回理由不完整。'],
  ['Some reasons point at fields that this application does not have.', '部分驳回理由指向的字段在此申请中不存在。'],
  ['Give at least one reason for the rejection.', '请至少填写一条驳回理由。'],
  ['Cannot reject %{reference}: %{why}.', '无法驳回 %{reference}：%{why}。'],
  ['The comment is incomplete.', '审核意见不完整。'],
  ['The comment points at a field that this application does not have.', '审核意见指向的字段在此申请中不存在。'],
  ['Every override needs the rule, the path and a written justification.', '每条忽略都需要规则、字段和书面理由。'],
  ['An override names no current error finding.', '忽略的检查结果在当前版本中不存在。'],
  ['Choose the specialist to assign.', '请选择要分派的备案专员。'],
  ['No active user with that id.', '没有这个启用中的用户。'],
  ['Say why the application is withdrawn.', '请填写撤回原因。'],
  ['Send the version of the application you are acting on.', '请求缺少申请的版本号，请刷新后重试。'],
  ['The queue is empty: no unassigned application waits for review.', '队列已空：没有待领取的初审申请。'],
  ['The filing numbers are not valid for this application.', '备案号与此申请不符。'],
  ['The time of the %{event} event is in the future.', '%{event} 的时间晚于当前时间。'],
  ['The time of the %{event} event is before the step it follows.', '%{event} 的时间早于它所跟随的步骤。'],
  ['Upload the CSV in a multipart part named "file".', '请上传 CSV 文件。'],
  ['The file is not valid CSV: %{detail}', '文件不是有效的 CSV：%{detail}'],
  ['The first line must be the header %{header}.', '第一行必须是表头 %{header}。'],
  ['The file has %{count} lines; import at most %{max} at once.', '文件有 %{count} 行，一次最多导入 %{max} 行。'],
  ['Only a failed email can be resent; this one is %{status}.', '只有发送失败的邮件可以重发，这封邮件的状态为 %{status}。'],
  ['The application was withdrawn, so its emails are not resent.', '申请已撤回，不再重发其邮件。'],
  ['Cancelled: the application was withdrawn before it was sent.', '已取消：邮件发出前申请已撤回。'],
  ['The reason template is incomplete.', '驳回理由模板不完整。'],
  ['The reference row is invalid.', '参考数据行无效。'],
  ['The user is invalid.', '用户信息无效。'],
  ['That username is taken.', '该用户名已被使用。'],
  ['You cannot deactivate or demote your own account; ask another admin.', '不能停用自己的账号或降低自己的角色，请联系其他管理员。'],
  ['Name the key after the system that uses it.', '请以使用该密钥的系统为其命名。'],
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Turns an English template into an anchored pattern with one named group per `%{name}`. */
const toPattern = (template: string) =>
  new RegExp(`^${escapeRegExp(template).replace(/%\\\{(\w+)\\\}/g, '(?<$1>.+?)')}$`);

type CompiledTable = ReadonlyArray<readonly [pattern: RegExp, chinese: string]>;

const compile = (table: typeof CHINESE_MESSAGES): CompiledTable =>
  table.map(([english, chinese]) => [toPattern(english), chinese] as const);

const FIELD_ERROR_PATTERNS = compile(CHINESE_FIELD_ERRORS);
const MESSAGE_PATTERNS = compile(CHINESE_MESSAGES);

/** Returns the Chinese text of the first template of `table` that `message` matches, or `message`. */
const translateWith = (table: CompiledTable, message: string, locale: string): string => {
  if (locale !== 'zh') return message;
  for (const [pattern, chinese] of table) {
    const match = pattern.exec(message);
    if (match) return chinese.replace(/%\{(\w+)\}/g, (_, name: string) => match.groups?.[name] ?? '');
  }
  return message;
};

/**
 * Translates one of the server's field messages into the console's locale.
 * The English locale and any message missing from the table get the
 * server's text unchanged.
 */
export const translateFieldError = (message: string, locale: string): string =>
  translateWith(FIELD_ERROR_PATTERNS, message, locale);

/**
 * Translates one of the server's whole-sentence messages into the console's
 * locale. The English locale and unknown messages keep the server's text.
 */
export const translateServerMessage = (message: string, locale: string): string =>
  translateWith(MESSAGE_PATTERNS, message, locale);

/** Translates every message of an `errors` object, keeping its field paths as keys. */
export const translateFieldErrors = (
  errors: Record<string, string>,
  locale: string,
): Record<string, string> =>
  Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [
      path,
      typeof message === 'string' ? translateFieldError(message, locale) : message,
    ]),
  );
