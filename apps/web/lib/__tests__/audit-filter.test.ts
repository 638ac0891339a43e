import { auditFilterQuery, parseAuditFilter } from '../audit-filter';

describe('the audit log filter from its GET form', () => {
  it('asks for one kind between two days', () => {
    const { filter, errors } = parseAuditFilter({ kind: 'TEMPLATES', fromDay: '1', fromMonth: '7', fromYear: '2026', toDay: '31', toMonth: '07', toYear: '2026' });
    expect(errors).toEqual([]);
    expect(filter).toEqual({ kinds: ['TEMPLATES'], from: '2026-07-01', to: '2026-07-31' });
  });

  it('asks for everything when nothing is filled in', () => {
    expect(parseAuditFilter({})).toMatchObject({ filter: { kinds: [], from: null, to: null }, errors: [] });
  });

  it('says which date is not a real one, and refuses dates the wrong way round', () => {
    expect(parseAuditFilter({ fromDay: '30', fromMonth: '2', fromYear: '2026' }).errors).toEqual([
      { field: 'from', message: 'The ‘from’ date must be a real date, for example 27 3 2026', code: 'INVALID' },
    ]);
    expect(parseAuditFilter({ toDay: '3', toMonth: '', toYear: '2026' }).errors.map((e) => e.field)).toEqual(['to']);
    expect(parseAuditFilter({ fromDay: '2', fromMonth: '7', fromYear: '2026', toDay: '1', toMonth: '7', toYear: '2026' }).errors.map((e) => e.field)).toEqual(['to']);
  });

  it('keeps the form as typed for the pagination links', () => {
    const { form } = parseAuditFilter({ kind: 'JOB_ROLES', fromDay: '1', fromMonth: '7', fromYear: '2026' });
    expect(auditFilterQuery(form)).toBe('kind=JOB_ROLES&fromDay=1&fromMonth=7&fromYear=2026');
  });
});
