import { normaliseApplication } from '../../server/src/domain/normalise';
import { evaluateRules } from '../../server/src/domain/rules/evaluate';
import { APPLICATION_RULES } from '../../server/src/domain/rules/registry';
import { shanghaiDay } from '../../server/src/domain/time';
import { checkExpectations, loadCases, loadExamples } from './support/cases';
import { buildRuleContext, runCaseInProcess } from './support/context';

const cases = loadCases();
const examples = loadExamples();

describe('rule cases, in process', () => {
  test('cases are present', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  test.each(cases.map((ruleCase) => [ruleCase.file, ruleCase] as const))('%s', (_file, ruleCase) => {
    const { findings } = runCaseInProcess(ruleCase);
    expect(checkExpectations(ruleCase.expect, findings)).toEqual([]);
  });
});

describe('clean examples, dry run', () => {
  test('examples are present', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  test.each(examples.map((example) => [example.file, example] as const))('%s has no finding', (_file, { application }) => {
    const context = buildRuleContext({ today: shanghaiDay(application.submittedAt) });
    const { findings, passed } = evaluateRules(normaliseApplication(application), context);
    expect(findings).toEqual([]);
    expect(passed).toHaveLength(APPLICATION_RULES.length);
  });
});

describe('checkExpectations', () => {
  const expectation = {
    findings: [{ rule: 'person.id.invalid', path: 'websites[0].principal.idNumber' }],
    absent: ['person.id.expired'],
    otherErrors: false,
  };

  test('passes matching findings and tolerated warnings', () => {
    expect(checkExpectations(expectation, [
      { rule: 'person.id.invalid', path: 'websites[0].principal.idNumber', severity: 'error' },
      { rule: 'person.email.shared', path: 'entity.principal.email', severity: 'warning' },
    ])).toEqual([]);
  });

  test('reports a missing, an absent and another error', () => {
    expect(checkExpectations(expectation, [
      { rule: 'person.id.expired', path: 'entity.principal.idValidUntil', severity: 'error' },
      { rule: 'person.mobile.invalid', path: 'entity.principal.mobile', severity: 'error' },
    ])).toEqual([
      'missing finding person.id.invalid at websites[0].principal.idNumber',
      'unexpected finding person.id.expired at entity.principal.idValidUntil (listed as absent)',
      'unexpected error person.mobile.invalid at entity.principal.mobile',
    ]);
  });
});
