/** Age at the campaign's reference date: typed age, else computed from the birth date. */
export function ageAt(person: { age?: number | undefined; birthDate?: string | undefined }, referenceDate: string): number | undefined {
  if (person.age !== undefined) return person.age;
  if (!person.birthDate) return undefined;
  const [by = 0, bm = 1] = person.birthDate.split('-').map(Number);
  const [ry = 0, rm = 1] = referenceDate.split('-').map(Number);
  return ry - by - (rm < bm ? 1 : 0);
}
