import type { Knex } from 'knex';
import type { Application, UploadedFileFacts } from '../domain/application';
import { normaliseApplication } from '../domain/normalise';
import { evaluateRules } from '../domain/rules/evaluate';
import type { EvaluationResult } from '../domain/rules/types';
import { shanghaiDay } from '../domain/time';
import { loadOtherSubmissionsView } from '../store/others-view';
import { loadReferenceData } from '../store/reference-data';

export interface CheckOptions {
  dryRun: boolean;
  files?: Map<string, UploadedFileFacts>;
  /** The submission being judged, left out of the cross-submission rules. */
  excludeSubmissionId?: string;
  providerIpRanges?: string[];
}

/**
 * Normalises an application and runs every automatic rule on it, on its
 * submission day in Asia/Shanghai, against the stored submissions in `db`.
 */
export async function runChecks(
  db: Knex,
  application: Application,
  options: CheckOptions,
): Promise<{ normalised: Application; result: EvaluationResult }> {
  const normalised = normaliseApplication(application);
  const today = shanghaiDay(application.submittedAt);
  const reference = await loadReferenceData(db, { day: today, providerIpRanges: options.providerIpRanges });
  const others = await loadOtherSubmissionsView(db, normalised, options.excludeSubmissionId);
  const result = evaluateRules(normalised, {
    today,
    dryRun: options.dryRun,
    files: options.files ?? new Map(),
    reference,
    others,
  });
  return { normalised, result };
}
