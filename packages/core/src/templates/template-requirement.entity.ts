import { Entity, PrimaryColumn } from 'typeorm';

/** A single credential a template requires. */
@Entity('template_credential')
export class TemplateCredential {
  @PrimaryColumn({ name: 'template_id', type: 'uuid' })
  templateId: string;

  @PrimaryColumn({ name: 'credential_id', type: 'uuid' })
  credentialId: string;
}

/** A whole category a template requires: every credential in it, including ones added later. */
@Entity('template_category')
export class TemplateCategory {
  @PrimaryColumn({ name: 'template_id', type: 'uuid' })
  templateId: string;

  @PrimaryColumn({ name: 'category_id', type: 'uuid' })
  categoryId: string;
}
