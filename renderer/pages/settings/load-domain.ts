import type { DomainCheck } from '../../../electron/core/model/schemas/mail-domain.ts';
import type { Practice } from '../../../electron/core/model/schemas/practice.ts';
import { api } from '../../api/client.ts';

export interface LoadedDomain {
  practice: Practice | null;
  result: DomainCheck | null;
}

/** The practice (its e-mail domain) and the domain's last check, read together. */
export async function loadDomain(): Promise<LoadedDomain> {
  const [practice, result] = await Promise.all([api.practice.get(), api.mfa.domainResult()]);
  return { practice, result };
}
