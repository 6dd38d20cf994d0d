/**
 * Age at the campaign's reference date: typed age, else computed from the birth date
 * (to the day when both dates have one; a month-only birth date counts from the 1st).
 *
 * @example ageAt({ birthDate: '1980-10-25' }, '2020-10-22') // 39
 */
export function ageAt(person: { age?: number | undefined; birthDate?: string | undefined }, referenceDate: string): number | undefined {
  if (person.age !== undefined) return person.age;
  if (!person.birthDate) return undefined;
  const [by = 0, bm = 1, bd = 1] = person.birthDate.split('-').map(Number);
  const [ry = 0, rm = 1, rd = 1] = referenceDate.split('-').map(Number);
  const birthdayPassed = rm > bm || (rm === bm && rd >= bd);
  return ry - by - (birthdayPassed ? 0 : 1);
}
