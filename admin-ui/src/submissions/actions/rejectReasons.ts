import type { Finding, RejectionReason } from '../../providers/types';

export interface ReasonTemplate {
  id: string;
  code: string;
  group?: string;
  ruleId?: string | null;
  path?: string | null;
  text: string;
  suggestion?: string | null;
}

export interface DraftReason extends RejectionReason {
  key: string;
}

let nextKey = 0;
const newKey = () => `reason-${++nextKey}`;

export const blankReason = (): DraftReason => ({ key: newKey(), path: '', text: '', suggestion: '' });

export const reasonFromTemplate = (template: ReasonTemplate, path?: string): DraftReason => ({
  key: newKey(),
  path: path ?? template.path ?? '',
  ruleId: template.ruleId ?? undefined,
  text: template.text,
  suggestion: template.suggestion ?? '',
});

/**
 * One reason per open error finding: the template keyed by the finding's
 * rule when there is one, else the finding's own message and suggestion.
 */
export const initialReasons = (findings: Finding[], templates: ReasonTemplate[]): DraftReason[] =>
  findings
    .filter((finding) => finding.severity === 'error' && !finding.override)
    .map((finding) => {
      const template = templates.find((item) => item.ruleId === finding.rule);
      return template
        ? { ...reasonFromTemplate(template, finding.path), ruleId: finding.rule }
        : {
            key: newKey(),
            path: finding.path,
            ruleId: finding.rule,
            text: finding.message,
            suggestion: finding.suggestion ?? '',
          };
    });

/** The request body's reasons: trimmed, empty optional parts left out. */
export const toRequestReasons = (reasons: DraftReason[]): RejectionReason[] =>
  reasons.map(({ path, ruleId, text, suggestion }) => ({
    text: text.trim(),
    ...(path?.trim() ? { path: path.trim() } : {}),
    ...(ruleId ? { ruleId } : {}),
    ...(suggestion?.trim() ? { suggestion: suggestion.trim() } : {}),
  }));
