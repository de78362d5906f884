import type { Rule } from '../rule';
import { submissionChangeNothingChanged } from './change-nothing-changed';
import { submissionWebsitesMissing } from './websites-missing';
import { submissionWebsitesTooManyNew } from './websites-too-many-new';

export const SUBMISSION_RULES: readonly Rule[] = [
  submissionWebsitesMissing,
  submissionWebsitesTooManyNew,
  submissionChangeNothingChanged,
];
