import type {
  Application,
  Entity,
  LegalPerson,
  MaterialKind,
  Person,
  Website,
} from '../../application';

export type PersonRole = 'entity_principal' | 'legal_person' | 'website_principal';

/** A person of the application with the path of its object. */
export interface PersonSlot {
  path: string;
  role: PersonRole;
  person: Person | LegalPerson;
  websiteIndex?: number;
  /** Chinese label for messages: 主体负责人, 法定代表人, 第1个网站“…”的负责人. */
  label: string;
}

export const MATERIAL_KIND_LABELS: Readonly<Record<MaterialKind, string>> = {
  entity_certificate: '主办单位证件',
  principal_id: '主体负责人证件',
  legal_person_id: '主体法人证件',
  website_principal_id: '网站负责人证件',
  verification_form: '网站备案信息真实性核验单',
  site_photo: '核验现场照片',
  security_commitment: '信息安全管理承诺书',
  pre_approval: '前置审批文件',
  change_proof: '工商变更证明',
  commitment_not_involved: '不涉及承诺书',
  other: '其他材料',
};

/** Returns true for an absent value or an empty string: both count as left out. */
export function isBlank(value: string | undefined | null): value is '' | undefined | null {
  return value === undefined || value === null || value === '';
}

export function isUnit(entity: Entity): boolean {
  return entity.nature !== 'individual';
}

/** Chinese label of a website for messages: 第2个网站“溪岚茶事”. */
export function websiteLabel(website: Website, index: number): string {
  const name = isBlank(website.name) ? '' : `“${website.name}”`;
  return `第${index + 1}个网站${name}`;
}

const peopleCache = new WeakMap<Application, PersonSlot[]>();

/**
 * Lists the people in rule order: entity principal, legal person, then each
 * website's principal. A finding about two people goes on the later one.
 */
export function listPeople(app: Application): PersonSlot[] {
  const cached = peopleCache.get(app);
  if (cached) return cached;

  const slots: PersonSlot[] = [
    {
      path: 'entity.principal',
      role: 'entity_principal',
      person: app.entity.principal,
      label: '主体负责人',
    },
  ];
  if (app.entity.legalPerson) {
    slots.push({
      path: 'entity.legalPerson',
      role: 'legal_person',
      person: app.entity.legalPerson,
      label: '法定代表人',
    });
  }
  app.websites.forEach((website, index) => {
    slots.push({
      path: `websites[${index}].principal`,
      role: 'website_principal',
      person: website.principal,
      websiteIndex: index,
      label: `${websiteLabel(website, index)}的负责人`,
    });
  });
  peopleCache.set(app, slots);
  return slots;
}

/** Returns true when two people are the same: equal, non-empty document numbers. */
export function isSamePerson(
  a: Person | LegalPerson,
  b: Person | LegalPerson,
): boolean {
  return !isBlank(a.idNumber) && a.idNumber === b.idNumber;
}

/** Returns true when a material of this kind is listed, for the website when an index is given. */
export function hasMaterial(
  app: Application,
  kind: MaterialKind,
  websiteIndex?: number,
): boolean {
  return app.materials.some(
    (material) =>
      material.kind === kind &&
      (websiteIndex === undefined || material.website === websiteIndex),
  );
}

/** Websites this application files or changes: status `new` or `modified`. */
export function isFiledOrChanged(website: Website): boolean {
  return website.status === 'new' || website.status === 'modified';
}
