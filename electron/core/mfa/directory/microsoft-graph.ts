import { HygieError } from '../../model/hygie-error.ts';
import { isObject, type DirectoryAnswer } from './directory-http.ts';
import { readAllPages, type PageOptions, type TokenSource } from './directory-pages.ts';
import { microsoftStatus } from './mfa-mapping.ts';
import type { DirectoryPerson } from './directory-person.ts';

// Microsoft Graph: GET /v1.0/reports/authenticationMethods/userRegistrationDetails, one record
// per user with isMfaRegistered, isMfaCapable, isPasswordlessCapable and methodsRegistered, paged
// with @odata.nextLink. Delegated
// permission AuditLog.Read.All, admin consent, a signed-in user holding a reports role (Reports
// Reader, Security Reader, Global Reader…), and an Entra ID P1 or P2 licence in the tenant.

export const GRAPH_PERMISSION = 'AuditLog.Read.All';

const PAGE_SIZE = 999;

function forbidden(answer: DirectoryAnswer): HygieError {
  const error = isObject(answer.body) && isObject(answer.body.error) ? answer.body.error : {};
  const code = typeof error.code === 'string' ? error.code : '';
  const message = typeof error.message === 'string' ? error.message : '';
  // Graph answers 403 "Authentication_RequestFromNonPremiumTenantOrB2CTenant" without P1/P2.
  if (/premium|licen[cs]e/iu.test(`${code} ${message}`)) return new HygieError('directory-graph-licence', { graphError: code.slice(0, 80) });
  return new HygieError('directory-graph-permission', { permission: GRAPH_PERMISSION, graphError: code.slice(0, 80) });
}

function toPerson(record: unknown): DirectoryPerson | null {
  if (!isObject(record) || typeof record.userPrincipalName !== 'string') return null;
  const methods = Array.isArray(record.methodsRegistered)
    ? record.methodsRegistered.filter((method): method is string => typeof method === 'string').slice(0, 50)
    : [];
  const mapped = microsoftStatus({
    isMfaRegistered: record.isMfaRegistered === true,
    methodsRegistered: methods,
    ...(typeof record.isMfaCapable === 'boolean' ? { isMfaCapable: record.isMfaCapable } : {}),
    ...(typeof record.isPasswordlessCapable === 'boolean' ? { isPasswordlessCapable: record.isPasswordlessCapable } : {}),
  });
  // userRegistrationDetails carries no alias list; `mail` is used when a tenant's answer has it.
  const addresses = [record.userPrincipalName, ...(typeof record.mail === 'string' ? [record.mail] : [])];
  return {
    primary: record.userPrincipalName,
    addresses,
    status: mapped.status,
    methods,
    ...(mapped.note ? { note: mapped.note } : {}),
    ...(mapped.reason ? { reason: mapped.reason } : {}),
    ...(typeof record.isAdmin === 'boolean' ? { isAdmin: record.isAdmin } : {}),
  };
}

export async function listMicrosoftRegistrations(graphBaseUrl: string, tokens: TokenSource, options: PageOptions): Promise<DirectoryPerson[]> {
  const first = `${graphBaseUrl}/v1.0/reports/authenticationMethods/userRegistrationDetails?$top=${PAGE_SIZE}`;
  const people = await readAllPages(
    first,
    {
      items: (body) => (isObject(body) && Array.isArray(body.value) ? body.value.map(toPerson).filter((p): p is DirectoryPerson => p !== null) : null),
      next: (body) => (isObject(body) && typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : null),
      forbidden,
    },
    tokens,
    options,
  );
  return people;
}
