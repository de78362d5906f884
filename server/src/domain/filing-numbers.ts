import type { Application } from './application';
import { parseEntityFilingNumber, parseWebsiteFilingNumber } from './rules/lib/filing-number';

export interface FilingNumbers {
  entity: string;
  websites: string[];
}

/**
 * Numbers the new websites of an application as MIIT does by default: the
 * website at index i gets `<entity number>-<i + 1>`, in the application's order.
 */
export function defaultWebsiteNumbers(application: Pick<Application, 'websites'>, entityNumber: string): string[] {
  return application.websites.flatMap((website, index) => (website.status === 'new' ? [`${entityNumber}-${index + 1}`] : []));
}

/** Returns the province code prefix of an entity filing number, or null when it is malformed. */
export function entityNumberProvince(number: string): string | null {
  return parseEntityFilingNumber(number)?.provincePrefix ?? null;
}

/** Splits `闽ICP备12345678号-2` into the entity number and 2, or returns null. */
export function parseWebsiteNumber(number: string): { entity: string; index: number } | null {
  const parsed = parseWebsiteFilingNumber(number);
  return parsed ? { entity: parsed.entityNumber, index: parsed.sequence! } : null;
}

/**
 * Checks the numbers MIIT assigned on approval: the entity number's form
 * and province, one website number per new website in the application's
 * order, each `<entity number>-<n>` with n unique within the entity,
 * including numbers already on record.
 */
export function validateApprovalNumbers(
  raw: unknown,
  application: Application,
  onRecord: string[],
): { ok: true; numbers: FilingNumbers } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const value = (raw ?? {}) as { entity?: unknown; websites?: unknown };
  const entity = typeof value.entity === 'string' ? value.entity.normalize('NFKC').trim() : '';
  const province = application.entity.region.province.slice(0, 2);

  if (!entity) errors['filingNumbers.entity'] = 'is required, e.g. 闽ICP备12345678号';
  else if (entityNumberProvince(entity) === null) {
    errors['filingNumbers.entity'] = `"${entity}" is not a filing number: write <province>ICP备<8 or 10 digits>号`;
  } else if (entityNumberProvince(entity) !== province) {
    errors['filingNumbers.entity'] = `"${entity}" names another province than the entity's (${application.entity.region.province})`;
  } else if (application.type !== 'new_filing' && application.entity.filingNumber) {
    const stated = application.entity.filingNumber.normalize('NFKC').trim();
    if (stated !== entity) errors['filingNumbers.entity'] = `differs from the entity's filing number in the application, ${stated}`;
  }

  const newWebsites = application.websites.filter((w) => w.status === 'new').length;
  const websites = Array.isArray(value.websites) ? value.websites : null;
  if (!websites) {
    errors['filingNumbers.websites'] = `must list ${newWebsites} website number(s), one per new website in order`;
  } else {
    if (websites.length !== newWebsites) {
      errors['filingNumbers.websites'] = `lists ${websites.length} number(s); the application has ${newWebsites} new website(s)`;
    }
    const seen = new Set(onRecord.map((n) => parseWebsiteNumber(n)?.index).filter((n) => n !== undefined));
    websites.forEach((item, index) => {
      const path = `filingNumbers.websites[${index}]`;
      const number = typeof item === 'string' ? item.normalize('NFKC').trim() : '';
      const parsed = parseWebsiteNumber(number);
      if (!parsed) errors[path] = `"${String(item)}" is not a website filing number: write <entity number>-<n>`;
      else if (entity && parsed.entity !== entity) errors[path] = `must start with the entity number ${entity}`;
      else if (seen.has(parsed.index)) errors[path] = `-${parsed.index} is already used by another website of this entity`;
      else seen.add(parsed.index);
    });
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    numbers: { entity, websites: (websites as string[]).map((n) => n.normalize('NFKC').trim()) },
  };
}
