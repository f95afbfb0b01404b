import type { Executor } from '../db/database.js';
import type { Department } from '../db/schema.js';
import { toSimplified } from '../similarity/index.js';
import { FALLBACK_DEPARTMENT_SLUG, REFERENCE_DEPARTMENTS } from './reference.js';

export async function listDepartments(db: Executor): Promise<Department[]> {
  return db.selectFrom('departments').selectAll().orderBy('sort_order').orderBy('id').execute();
}

export async function findDepartmentBySlug(db: Executor, slug: string): Promise<Department | undefined> {
  return db.selectFrom('departments').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function findDepartmentById(db: Executor, id: number): Promise<Department | undefined> {
  return db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
}

// Compare in Simplified: Traditional→Simplified is many-to-one, so both scripts meet.
const norm = (s: string) => toSimplified(s.trim().toLowerCase()).replace(/\s+/g, ' ');

/**
 * Maps what an archive calls a department (slug, English or Chinese name, in
 * either script) to one of ours. Returns undefined when nothing matches; the
 * caller decides the fallback.
 */
export function departmentMatcher(departments: Department[]): (name: string | null | undefined) => Department | undefined {
  const bySlug = new Map(departments.map((d) => [d.slug, d]));
  const byName = new Map<string, Department>();
  for (const d of departments) {
    byName.set(norm(d.name_en), d);
    byName.set(norm(d.name_zh), d);
  }
  for (const ref of REFERENCE_DEPARTMENTS) {
    const d = bySlug.get(ref.slug);
    if (!d) continue;
    for (const alias of [ref.en, ref.zh, ...ref.aliases]) if (!byName.has(norm(alias))) byName.set(norm(alias), d);
  }
  return (name) => {
    if (!name || !name.trim()) return undefined;
    const key = norm(name);
    return bySlug.get(name.trim().toLowerCase()) ?? byName.get(key) ?? byName.get(key.replace(/科$/, '')) ?? byName.get(`${key}科`);
  };
}

export { FALLBACK_DEPARTMENT_SLUG };
