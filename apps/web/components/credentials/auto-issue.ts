import type { AutoIssueChangeInput } from '@/src/gql/graphql';

export type AutoIssueState = Record<string, boolean>;

/** Every credential's flag, saved together: one change turning some on, one turning the rest off. */
export function autoIssueChanges(state: AutoIssueState): AutoIssueChangeInput[] {
  const on = Object.keys(state).filter((id) => state[id]);
  const off = Object.keys(state).filter((id) => !state[id]);
  const changes: AutoIssueChangeInput[] = [];
  if (on.length) changes.push({ credentialIds: on, enabled: true });
  if (off.length) changes.push({ credentialIds: off, enabled: false });
  return changes;
}

/** A category's toggle turns everything on unless everything already is, then everything off. */
export function toggleCategory(state: AutoIssueState, credentialIds: string[]): AutoIssueState {
  const allOn = credentialIds.every((id) => state[id]);
  const next = { ...state };
  for (const id of credentialIds) next[id] = !allOn;
  return next;
}

export const countChanged = (initial: AutoIssueState, current: AutoIssueState) =>
  Object.keys(current).filter((id) => Boolean(initial[id]) !== Boolean(current[id])).length;
