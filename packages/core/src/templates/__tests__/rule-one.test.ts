import { aJobRole, aPortalUser, aStaffMember, aTrust, createTestDatabase, idsByCode, type TestDatabase } from '@staff-passport/core/testing';
import {
  createTemplate,
  deleteTemplate,
  effectiveTemplateFor,
  recordTemplateResolutionRun,
  runCommand,
  runTemplateResolution,
  type Actor,
  type EmploymentType,
  type TemplateMatch,
} from '@staff-passport/core';

/**
 * Rule 1 (docs/domain.md#rule-1-the-template-in-effect) checked against answers worked out by hand on
 * a small trust, both as `effectiveTemplate` answers live and as the background resolution stores it
 * for each staff member. Neither side is compared with the other: each is compared with the table.
 */
let db: TestDatabase;
let senior: Actor;
let trustId: string;
let groups: Record<string, string>;
let credentials: Record<string, string>;
const jobRoles: Record<string, string> = {};
const templates: Record<string, string> = {};

type Case = { jobRole: 'none' | 'Ward manager' | 'Staff nurse' | 'Healthcare assistant'; employmentType: EmploymentType };
type Expected = { template: string; matchedBy: TemplateMatch };

const PERMANENT: EmploymentType = 'PERMANENT_OR_FIXED_TERM';
const TEMPORARY: EmploymentType = 'TEMPORARY_MOVER';

/**
 * The trust's nursing templates: "Ward managers" (Ward manager, permanent only), "Staff nurses" (Staff
 * nurse, both types), "Nursing movers" (no job role, temporary movers only). Healthcare assistant has
 * no template of its own. Another trust has a nursing template for permanent staff: it never applies here.
 */
const BY_HAND: [Case, Expected][] = [
  [{ jobRole: 'none', employmentType: PERMANENT }, { template: 'default', matchedBy: 'DEFAULT' }],
  [{ jobRole: 'none', employmentType: TEMPORARY }, { template: 'Nursing movers', matchedBy: 'STAFF_GROUP' }],
  [{ jobRole: 'Ward manager', employmentType: PERMANENT }, { template: 'Ward managers', matchedBy: 'JOB_ROLE' }],
  [{ jobRole: 'Ward manager', employmentType: TEMPORARY }, { template: 'Nursing movers', matchedBy: 'STAFF_GROUP' }],
  [{ jobRole: 'Staff nurse', employmentType: PERMANENT }, { template: 'Staff nurses', matchedBy: 'JOB_ROLE' }],
  [{ jobRole: 'Staff nurse', employmentType: TEMPORARY }, { template: 'Staff nurses', matchedBy: 'JOB_ROLE' }],
  [{ jobRole: 'Healthcare assistant', employmentType: PERMANENT }, { template: 'default', matchedBy: 'DEFAULT' }],
  [{ jobRole: 'Healthcare assistant', employmentType: TEMPORARY }, { template: 'Nursing movers', matchedBy: 'STAFF_GROUP' }],
];

/** After "Staff nurses" is deleted, by hand again: staff nurses fall back case by case. */
const AFTER_DELETING_STAFF_NURSES: [Case, Expected][] = BY_HAND.map(([asked, expected]) => [
  asked,
  asked.jobRole !== 'Staff nurse'
    ? expected
    : asked.employmentType === PERMANENT
      ? { template: 'default', matchedBy: 'DEFAULT' }
      : { template: 'Nursing movers', matchedBy: 'STAFF_GROUP' },
]);

beforeAll(async () => {
  db = await createTestDatabase('rule_one');
  groups = await idsByCode(db.dataSource, 'staff_group');
  credentials = await idsByCode(db.dataSource, 'credential');
  trustId = (await aTrust(db.dataSource)).id;
  senior = aPortalUser(trustId);
  for (const name of ['Ward manager', 'Staff nurse', 'Healthcare assistant']) jobRoles[name] = await aJobRole(db.dataSource, trustId, groups['03'], name);
  const [{ id: defaultId }] = await db.dataSource.query('SELECT id FROM credentials_required_template WHERE is_default AND staff_group_id = $1', [groups['03']]);
  templates.default = defaultId;
  const make = async (name: string, jobRoleId: string | null, employmentTypes: EmploymentType[], actor = senior) =>
    (await createTemplate(db.commands, actor, { name, staffGroupId: groups['03'], jobRoleId, employmentTypes, credentialIds: [credentials.IDENTITY] })).id;
  templates['Ward managers'] = await make('Ward managers', jobRoles['Ward manager'], [PERMANENT]);
  templates['Staff nurses'] = await make('Staff nurses', jobRoles['Staff nurse'], [PERMANENT, TEMPORARY]);
  templates['Nursing movers'] = await make('Nursing movers', null, [TEMPORARY]);
  const otherTrust = (await aTrust(db.dataSource)).id;
  await make('Another trust nursing', null, [PERMANENT], aPortalUser(otherTrust));
});
afterAll(() => db.drop());

const nameOf = (templateId: string) => Object.entries(templates).find(([, id]) => id === templateId)?.[0] ?? `unexpected ${templateId}`;

async function liveAnswers(cases: Case[]): Promise<Expected[]> {
  const answers: Expected[] = [];
  for (const asked of cases) {
    const { template, matchedBy } = await effectiveTemplateFor(db.dataSource.manager, senior, {
      staffGroupId: groups['03'],
      employmentType: asked.employmentType,
      jobRoleId: asked.jobRole === 'none' ? null : jobRoles[asked.jobRole],
    });
    answers.push({ template: nameOf(template.id), matchedBy });
  }
  return answers;
}

/** One staff member per case, resolved by the set-based run the worker does; what it stored for each. */
async function storedAnswers(cases: Case[]): Promise<Expected[]> {
  const people = [];
  for (const asked of cases) {
    people.push(
      await aStaffMember(db.dataSource, trustId, {
        staffGroupId: groups['03'],
        jobRoleId: asked.jobRole === 'none' ? null : jobRoles[asked.jobRole],
        employmentType: asked.employmentType,
      }),
    );
  }
  const run = await runCommand(db.commands, (manager, outbox) => recordTemplateResolutionRun(manager, outbox, trustId, 'test.rule-one'));
  await runTemplateResolution(db.dataSource, run.id);
  const rows: { staff_member_id: string; template_id: string; matched_by: TemplateMatch }[] = await db.dataSource.query(
    'SELECT staff_member_id, template_id, matched_by FROM staff_template_resolution WHERE staff_member_id = ANY($1::uuid[])',
    [people.map((person) => person.id)],
  );
  return people.map((person) => {
    const row = rows.find((candidate) => candidate.staff_member_id === person.id);
    return row ? { template: nameOf(row.template_id), matchedBy: row.matched_by } : { template: 'not resolved', matchedBy: 'DEFAULT' };
  });
}

describe('rule 1, against answers worked out by hand', () => {
  it('answers effectiveTemplate as worked out by hand', async () => {
    expect(await liveAnswers(BY_HAND.map(([asked]) => asked))).toEqual(BY_HAND.map(([, expected]) => expected));
  });

  it('stores for each staff member what was worked out by hand', async () => {
    expect(await storedAnswers(BY_HAND.map(([asked]) => asked))).toEqual(BY_HAND.map(([, expected]) => expected));
  });

  it('applies the next rule at once when a job-role template is deleted, live and stored', async () => {
    const { nowInEffect } = await deleteTemplate(db.commands, senior, templates['Staff nurses']);
    expect(nowInEffect.map((template) => nameOf(template.id)).sort()).toEqual(['Nursing movers', 'default']);
    const cases = AFTER_DELETING_STAFF_NURSES.map(([asked]) => asked);
    const expected = AFTER_DELETING_STAFF_NURSES.map(([, answer]) => answer);
    expect(await liveAnswers(cases)).toEqual(expected);
    expect(await storedAnswers(cases)).toEqual(expected);
  });
});
