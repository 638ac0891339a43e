import { requireChangeableTrust, type Actor } from '../common/actor';
import { BadUserInputError } from '../common/domain-error';
import { isUuid } from '../common/validation';
import { recordAuditEvent } from '../audit/audit.service';
import { runCommand, type CommandContext } from '../jobs/outbox';
import { CredentialRecord } from './credential-record.entity';

/**
 * Issues a credential that awaits manual issue (an outstanding action of rule 3, docs/domain.md), by whoever may change
 * the trust's data. Issuing it twice is refused with a message, not repeated.
 */
export async function issueCredentialManually(
  context: CommandContext,
  actor: Actor | null,
  credentialRecordId: string,
): Promise<CredentialRecord> {
  const organisationId = requireChangeableTrust(actor);
  const notFound = () => new BadUserInputError('credentialRecordId', 'No credential record with that id in your organisation');
  if (!isUuid(credentialRecordId)) throw notFound();
  return runCommand(context, async (manager) => {
    const record = await manager.findOne(CredentialRecord, {
      where: { id: credentialRecordId, organisationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!record) throw notFound();
    if (record.status !== 'AWAITING_MANUAL_ISSUE') {
      throw new BadUserInputError(
        'credentialRecordId',
        record.status === 'ISSUED'
          ? `This credential has already been issued${record.issuedBy ? ` by ${record.issuedBy}` : ' automatically'}`
          : 'This credential has been revoked: it can be issued again only after a new update from ESR',
      );
    }
    const before = { status: record.status };
    record.status = 'ISSUED';
    record.issuedAt = new Date();
    record.issuedAutomatically = false;
    record.issuedBy = actor!.name;
    await manager.save(record);
    await recordAuditEvent(manager, actor!, {
      organisationId,
      action: 'credential.issued-manually',
      entityType: 'CredentialRecord',
      entityId: record.id,
      before,
      after: { status: record.status, issuedBy: record.issuedBy },
    });
    return record;
  });
}
