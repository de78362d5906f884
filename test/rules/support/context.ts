/**
 * Rule contexts for in-process tests: the default reference data from
 * db/data/reference/, an empty file map (dry run), and a view of other
 * submissions built from plain applications.
 */
import type { Application } from '../../../server/src/domain/application';
import { normaliseApplication } from '../../../server/src/domain/normalise';
import { loadDefaultReferenceData } from '../../../server/src/domain/reference-files';
import type {
  EvaluationResult,
  OtherSubmissionRef,
  OtherSubmissionsView,
  ReferenceData,
  RuleContext,
} from '../../../server/src/domain/rules/types';
import { evaluateRules } from '../../../server/src/domain/rules/evaluate';
import { shanghaiDay } from '../../../server/src/domain/time';
import type { RuleCase } from './cases';

export const DEFAULT_REFERENCE: ReferenceData = loadDefaultReferenceData();

export function emptyOthersView(): OtherSubmissionsView {
  return {
    openByCertificateNumber: new Map(),
    openByDomain: new Map(),
    principalMobiles: new Map(),
    approvedWebsitesByCertificateNumber: new Map(),
  };
}

/** Returns a dry-run context on `today`, with the default reference data and no other submissions. */
export function buildRuleContext(overrides: Partial<RuleContext> = {}): RuleContext {
  return {
    today: '2026-11-10',
    dryRun: true,
    files: new Map(),
    reference: DEFAULT_REFERENCE,
    others: emptyOthersView(),
    ...overrides,
  };
}

export interface StoredBefore {
  applications: Application[];
  /** `approved`: filed and approved, so not open; otherwise pending review. */
  status?: 'approved';
  /** The entity filing number the approved websites get, with `-1`, `-2`, ... */
  entityFilingNumber?: string;
}

/**
 * Builds what the store would load for `app` once `before` is stored:
 * open submissions (status pending_review) by certificate number and domain,
 * principals' mobiles of other entities, or the entity's approved websites.
 */
export function buildOthersView(app: Application, before: StoredBefore): OtherSubmissionsView {
  const view = emptyOthersView();
  const ownCertificate = normaliseApplication(app).entity.certificateNumber;
  const status = before.status === 'approved' ? 'approved' : 'pending_review';

  before.applications.map(normaliseApplication).forEach((stored, index) => {
    const ref: OtherSubmissionRef = {
      submissionId: `before-${index + 1}`,
      reference: `BA-TEST-${String(index + 1).padStart(4, '0')}`,
      status,
    };
    const certificate = stored.entity.certificateNumber;
    if (status === 'pending_review') {
      push(view.openByCertificateNumber, certificate, ref);
      for (const domain of new Set(stored.websites.flatMap((website) => website.domains))) {
        push(view.openByDomain, domain, ref);
      }
    } else {
      stored.websites.forEach((website, websiteIndex) => {
        push(view.approvedWebsitesByCertificateNumber, certificate, {
          reference: ref.reference,
          domain: website.domains[0] ?? '',
          name: website.name,
          filingNumber: before.entityFilingNumber ? `${before.entityFilingNumber}-${websiteIndex + 1}` : null,
          principalIdNumber: website.principal.idNumber,
          principalName: website.principal.name,
        });
      });
    }
    if (certificate !== ownCertificate) {
      const principals = [stored.entity.principal, ...stored.websites.map((website) => website.principal)];
      for (const mobile of new Set(principals.map((person) => person.mobile).filter(Boolean))) {
        push(view.principalMobiles, mobile, { ...ref, certificateNumber: certificate });
      }
    }
  });
  return view;
}

/** Normalises and evaluates a case's application in-process, on its submission day in Asia/Shanghai. */
export function runCaseInProcess(ruleCase: RuleCase, reference: ReferenceData = DEFAULT_REFERENCE): EvaluationResult {
  const normalised = normaliseApplication(ruleCase.application);
  const others = buildOthersView(ruleCase.application, {
    applications: ruleCase.before ?? [],
    status: ruleCase.beforeStatus,
    entityFilingNumber: normalised.entity.filingNumber,
  });
  return evaluateRules(
    normalised,
    buildRuleContext({ today: shanghaiDay(ruleCase.application.submittedAt), reference, others }),
  );
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
