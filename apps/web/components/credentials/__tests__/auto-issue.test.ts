import { autoIssueChanges, countChanged, toggleCategory } from '../auto-issue';

describe('automatic issuance changes', () => {
  it('saves every credential in one change set: the ones on and the ones off', () => {
    expect(autoIssueChanges({ a: true, b: false, c: true })).toEqual([
      { credentialIds: ['a', 'c'], enabled: true },
      { credentialIds: ['b'], enabled: false },
    ]);
  });

  it('turns a whole category on unless all of it already is', () => {
    expect(toggleCategory({ a: true, b: false, x: false }, ['a', 'b'])).toEqual({ a: true, b: true, x: false });
    expect(toggleCategory({ a: true, b: true }, ['a', 'b'])).toEqual({ a: false, b: false });
  });

  it('counts unsaved changes', () => {
    expect(countChanged({ a: true, b: false }, { a: false, b: false })).toBe(1);
  });
});
