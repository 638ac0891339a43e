import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { requireChangeableTrust, type Actor } from '../common/actor';
import { BadUserInputError } from '../common/domain-error';
import { TEAMS, teamInSentence, type Team } from '../common/enums';
import { validEmail } from '../common/validation';
import { recordAuditEvent } from '../audit/audit.service';
import { runCommand, type CommandContext } from '../jobs/outbox';
import { NotificationSetting } from './notification-setting.entity';

export interface UpdateNotificationSettingInput {
  team: Team;
  email?: string | null;
  enabled?: boolean | null;
}

/** Notification settings of many trusts at once, in team order (for DataLoaders). */
export async function notificationSettingsByOrganisation(
  manager: EntityManager,
  organisationIds: readonly string[],
): Promise<NotificationSetting[][]> {
  const settings = await manager.find(NotificationSetting, {
    where: { organisationId: In([...organisationIds]) },
  });
  return organisationIds.map((id) =>
    settings
      .filter((setting) => setting.organisationId === id)
      .sort((a, b) => TEAMS.indexOf(a.team) - TEAMS.indexOf(b.team)),
  );
}

/** Changes a team's summary address and/or on/off switch in the caller's trust; no change writes nothing. */
export async function updateNotificationSetting(
  context: CommandContext,
  actor: Actor | null,
  input: UpdateNotificationSettingInput,
): Promise<NotificationSetting> {
  const organisationId = requireChangeableTrust(actor);
  if (!TEAMS.includes(input.team)) throw new BadUserInputError('team', 'Select a team');
  return runCommand(context, async (manager) => {
    const setting = await manager.findOne(NotificationSetting, {
      where: { organisationId, team: input.team },
      lock: { mode: 'pessimistic_write' },
    });
    if (!setting) throw new BadUserInputError('team', 'Your organisation has no setting for that team');
    const before = { email: setting.email, enabled: setting.enabled };
    if (input.email !== undefined && input.email !== null) {
      setting.email = validEmail('email', input.email, `email address for the ${teamInSentence(input.team)}`);
    }
    if (input.enabled !== undefined && input.enabled !== null) setting.enabled = input.enabled;
    if (setting.email === before.email && setting.enabled === before.enabled) return setting;
    await manager.save(setting);
    await recordAuditEvent(manager, actor!, {
      organisationId,
      action: 'notification-setting.updated',
      entityType: 'NotificationSetting',
      entityId: setting.id,
      before,
      after: { email: setting.email, enabled: setting.enabled },
    });
    return setting;
  });
}
