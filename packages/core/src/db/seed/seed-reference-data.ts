import type { EntityManager } from 'typeorm';
import { CREDENTIAL_CATALOGUE, DEFAULT_TEMPLATES, STAFF_GROUPS } from './reference-data';

/**
 * National reference data: staff groups, the credential catalogue and one default template per staff
 * group. Idempotent: running it again brings the database in line with the lists, changing nothing
 * that already matches.
 */
export async function seedReferenceData(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO staff_group (code, name) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name`,
    [STAFF_GROUPS.map((group) => group.code), STAFF_GROUPS.map((group) => group.name)],
  );
  for (const [position, category] of CREDENTIAL_CATALOGUE.entries()) {
    const [{ id: categoryId }]: { id: string }[] = await manager.query(
      `INSERT INTO credential_category (code, name, team, position) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, team = EXCLUDED.team, position = EXCLUDED.position
       RETURNING id`,
      [category.code, category.name, category.team, position + 1],
    );
    await manager.query(
      `INSERT INTO credential (code, name, category_id, team, position)
       SELECT code, name, $1, team, position FROM unnest($2::text[], $3::text[], $4::text[], $5::int[])
         AS t(code, name, team, position)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, category_id = EXCLUDED.category_id,
         team = EXCLUDED.team, position = EXCLUDED.position`,
      [
        categoryId,
        category.credentials.map((credential) => credential.code),
        category.credentials.map((credential) => credential.name),
        category.credentials.map((credential) => credential.team ?? category.team),
        category.credentials.map((_, index) => index + 1),
      ],
    );
  }
  for (const group of STAFF_GROUPS) {
    const contents = DEFAULT_TEMPLATES[group.code];
    const [{ id: templateId }]: { id: string }[] = await manager.query(
      `INSERT INTO credentials_required_template (organisation_id, name, is_default, staff_group_id, employment_types)
       SELECT NULL, $1, true, id, ARRAY['PERMANENT_OR_FIXED_TERM', 'TEMPORARY_MOVER'] FROM staff_group WHERE code = $2
       ON CONFLICT (staff_group_id) WHERE is_default DO UPDATE SET name = EXCLUDED.name
       RETURNING id`,
      [`${group.name} (national default)`, group.code],
    );
    await manager.query('DELETE FROM template_credential WHERE template_id = $1', [templateId]);
    await manager.query('DELETE FROM template_category WHERE template_id = $1', [templateId]);
    await manager.query(
      `INSERT INTO template_credential (template_id, credential_id)
       SELECT $1, id FROM credential WHERE code = ANY($2::text[])`,
      [templateId, contents.credentials],
    );
    await manager.query(
      `INSERT INTO template_category (template_id, category_id)
       SELECT $1, id FROM credential_category WHERE code = ANY($2::text[])`,
      [templateId, contents.categories],
    );
  }
}
