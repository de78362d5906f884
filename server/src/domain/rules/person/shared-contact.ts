import type { Application, LegalPerson, Person } from '../../application';
import type { RuleHit } from '../rule';
import { isBlank, isSamePerson, listPeople } from '../lib/application-parts';

/**
 * Reports each person who gives the same contact value as an earlier
 * person with a different document number. People whose document number
 * is left out are not compared.
 */
export function findSharedContacts(
  app: Application,
  field: 'mobile' | 'email',
  describe: (label: string, earlierLabel: string) => string,
): RuleHit[] {
  const people = listPeople(app);
  const hits: RuleHit[] = [];
  people.forEach((slot, index) => {
    const value = slot.person[field];
    if (isBlank(value) || isBlank(slot.person.idNumber)) return;
    const earlier = people
      .slice(0, index)
      .find(({ person }) => sharesValue(person, slot.person, field));
    if (!earlier) return;
    hits.push({
      path: `${slot.path}.${field}`,
      message: describe(slot.label, earlier.label),
    });
  });
  return hits;
}

function sharesValue(
  earlier: Person | LegalPerson,
  later: Person | LegalPerson,
  field: 'mobile' | 'email',
): boolean {
  return (
    !isBlank(earlier.idNumber) &&
    earlier[field] === later[field] &&
    !isSamePerson(earlier, later)
  );
}
