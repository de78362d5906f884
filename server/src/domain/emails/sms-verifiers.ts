import type {
  Application,
  Entity,
  Person,
  Website,
} from '../application';

export type SmsVerifierRole =
  | { kind: 'entity_principal' }
  | { kind: 'website_principal'; websiteIndex: number; websiteName: string };

/**
 * A person MIIT texts a verification code to. Someone with several roles
 * (one document number) appears once, with every role.
 */
export interface SmsVerifier {
  name: string;
  mobile: string;
  roles: SmsVerifierRole[];
}

type SmsApplication = Pick<Application, 'type' | 'entity' | 'websites'> & {
  previous?: { entity: Entity; websites: Website[] };
};

function normaliseText(value: string | undefined): string {
  return (value ?? '').trim();
}

function normalisePhone(value: string | undefined): string {
  const digits = (value ?? '').replace(/[\s\-()]/g, '');
  return digits.replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, '');
}

function normaliseIdNumber(value: string | undefined): string {
  return normaliseText(value).toUpperCase();
}

/** Returns whether two records of a principal differ in a personal field. */
function personChanged(current: Person, previous: Person | undefined) {
  if (!previous) {
    return true;
  }
  return (
    normaliseText(current.name) !== normaliseText(previous.name) ||
    current.idType !== previous.idType ||
    normaliseIdNumber(current.idNumber) !==
      normaliseIdNumber(previous.idNumber) ||
    normaliseText(current.idValidUntil) !==
      normaliseText(previous.idValidUntil) ||
    normalisePhone(current.mobile) !== normalisePhone(previous.mobile) ||
    normalisePhone(current.emergencyPhone) !==
      normalisePhone(previous.emergencyPhone) ||
    normaliseText(current.email).toLowerCase() !==
      normaliseText(previous.email).toLowerCase()
  );
}

/**
 * Finds a website's record in `previous`: by its own filing number, or
 * else by a domain the two records share.
 */
function findPreviousWebsite(website: Website, previous: Website[]) {
  const filingNumber = normaliseText(website.filingNumber);
  if (filingNumber) {
    const byNumber = previous.find(
      (candidate) => normaliseText(candidate.filingNumber) === filingNumber,
    );
    if (byNumber) {
      return byNumber;
    }
  }
  const domains = new Set(website.domains.map((d) => d.trim().toLowerCase()));
  return previous.find((candidate) =>
    candidate.domains.some((d) => domains.has(d.trim().toLowerCase())),
  );
}

interface Candidate {
  person: Person;
  role: SmsVerifierRole;
}

function websiteCandidate(website: Website, index: number): Candidate {
  return {
    person: website.principal,
    role: {
      kind: 'website_principal',
      websiteIndex: index,
      websiteName: website.name,
    },
  };
}

function candidatesFor(application: SmsApplication): Candidate[] {
  const { type, entity, websites } = application;
  const entityPrincipal: Candidate = {
    person: entity.principal,
    role: { kind: 'entity_principal' },
  };
  const newWebsites = websites
    .map(websiteCandidate)
    .filter((_, i) => type === 'new_filing' || websites[i].status === 'new');

  switch (type) {
    case 'new_filing':
    case 'new_website':
      return [entityPrincipal, ...newWebsites];
    case 'new_website_filed_elsewhere':
      // NOTE: no stated rule for this type was found. It is read like
      // `new_website`: the entity principal, whose mobile receives MIIT's
      // texts, and the principal of each new website.
      return [entityPrincipal, ...newWebsites];
    case 'access_transfer':
      return newWebsites;
    case 'change': {
      const previous = application.previous;
      const candidates: Candidate[] = [];
      if (personChanged(entity.principal, previous?.entity.principal)) {
        candidates.push(entityPrincipal);
      }
      websites.forEach((website, i) => {
        const before =
          website.status === 'new'
            ? undefined
            : findPreviousWebsite(website, previous?.websites ?? []);
        if (personChanged(website.principal, before?.principal)) {
          candidates.push(websiteCandidate(website, i));
        }
      });
      return candidates;
    }
  }
}

/**
 * Lists who must verify by SMS after forwarding:
 * - `new_filing`, `new_website` and `new_website_filed_elsewhere`: the
 *   entity principal and the principal of each new website (every website
 *   of a `new_filing`);
 * - `access_transfer`: the principal of each website moved here (status
 *   `new`);
 * - `change`: each principal whose personal data differs from `previous`
 *   (name, document, validity, phones or email), and the principals of
 *   added websites. A website without a matching record in `previous`
 *   counts as changed.
 * One person holding several roles, by document number, is listed once.
 */
export function smsVerifiers(application: SmsApplication): SmsVerifier[] {
  const byPerson = new Map<string, SmsVerifier>();
  for (const { person, role } of candidatesFor(application)) {
    const key =
      normaliseIdNumber(person.idNumber) ||
      `${normaliseText(person.name)}|${normalisePhone(person.mobile)}`;
    const known = byPerson.get(key);
    if (known) {
      known.roles.push(role);
    } else {
      byPerson.set(key, {
        name: person.name,
        mobile: person.mobile,
        roles: [role],
      });
    }
  }
  return [...byPerson.values()];
}

/** Chinese label of a role: `主体负责人`, or `网站“name”负责人`. */
export function smsRoleLabel(role: SmsVerifierRole): string {
  if (role.kind === 'entity_principal') {
    return '主体负责人';
  }
  const name = role.websiteName.trim();
  return name ? `网站“${name}”负责人` : `网站${role.websiteIndex + 1}负责人`;
}
