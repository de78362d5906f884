/**
 * Loading of the rule cases in test/fixtures/cases/ and checking of their
 * expectations against findings, shared by the in-process run and the HTTP
 * dry-run tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Application } from '../../../server/src/domain/application';
import type { Finding } from '../../../server/src/domain/rules/types';

export const CASES_DIRECTORY = join(__dirname, '../../fixtures/cases');
export const EXAMPLES_DIRECTORY = join(__dirname, '../../fixtures/examples');

export interface ExpectedFinding {
  rule: string;
  path: string;
}

export interface CaseExpectation {
  /** Each must be present (same rule and path). */
  findings: ExpectedFinding[];
  /** Rule ids of which no finding may appear. */
  absent: string[];
  /** When false, no error finding other than the expected ones may appear. */
  otherErrors?: boolean;
}

export interface RuleCase {
  /** File name, for test titles. */
  file: string;
  name: string;
  rules: string[];
  /** Applications stored before the case runs. */
  before?: Application[];
  /** `approved`: the `before` applications are the entity's approved filings, not open submissions. */
  beforeStatus?: 'approved';
  application: Application;
  expect: CaseExpectation;
}

export interface ExampleApplication {
  file: string;
  application: Application;
}

/** Reads every case file (`*.json`) of a directory, sorted by name. */
export function loadCases(directory: string = CASES_DIRECTORY): RuleCase[] {
  return jsonFiles(directory).map((file) => ({
    ...(readJson(join(directory, file)) as Omit<RuleCase, 'file'>),
    file,
  }));
}

/** Reads the clean example applications, which must produce no finding at all. */
export function loadExamples(directory: string = EXAMPLES_DIRECTORY): ExampleApplication[] {
  return jsonFiles(directory).map((file) => ({
    file,
    application: readJson(join(directory, file)) as Application,
  }));
}

/**
 * Checks findings against a case's expectations and returns one line per
 * unmet expectation; an empty list means the case passes.
 */
export function checkExpectations(
  expectation: CaseExpectation,
  findings: readonly Pick<Finding, 'rule' | 'path' | 'severity'>[],
): string[] {
  const problems: string[] = [];
  const matches = (expected: ExpectedFinding, finding: Pick<Finding, 'rule' | 'path'>) =>
    finding.rule === expected.rule && finding.path === expected.path;

  for (const expected of expectation.findings) {
    if (!findings.some((finding) => matches(expected, finding))) {
      problems.push(`missing finding ${expected.rule} at ${expected.path}`);
    }
  }
  for (const rule of expectation.absent) {
    for (const finding of findings.filter((f) => f.rule === rule)) {
      problems.push(`unexpected finding ${rule} at ${finding.path} (listed as absent)`);
    }
  }
  if (expectation.otherErrors === false) {
    const others = findings.filter(
      (finding) =>
        finding.severity === 'error' &&
        !expectation.findings.some((expected) => matches(expected, finding)) &&
        !expectation.absent.includes(finding.rule),
    );
    for (const finding of others) {
      problems.push(`unexpected error ${finding.rule} at ${finding.path}`);
    }
  }
  return problems;
}

function jsonFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort();
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}
