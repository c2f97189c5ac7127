import { HygieError } from '../../model/hygie-error.ts';
import { isObject, type DirectoryAnswer } from './directory-http.ts';
import { readAllPages, type PageOptions, type TokenSource } from './directory-pages.ts';
import { googleStatus } from './mfa-mapping.ts';
import type { DirectoryPerson } from './directory-person.ts';

// Google Workspace Admin SDK: GET /admin/directory/v1/users?customer=my_customer, paged with
// nextPageToken; each user has primaryEmail, aliases, emails[], suspended, archived, isEnrolledIn2Sv
// and isEnforcedIn2Sv. Needs the scope admin.directory.user.readonly and an administrator allowed
// to read users.

export const GOOGLE_SCOPE = 'https://www.googleapis.com/auth/admin.directory.user.readonly';

const PAGE_SIZE = 500;

function usersUrl(adminBaseUrl: string, pageToken: string | null, pageSize: number): string {
  const url = new URL(`${adminBaseUrl}/admin/directory/v1/users`);
  url.searchParams.set('customer', 'my_customer');
  url.searchParams.set('maxResults', String(pageSize));
  url.searchParams.set('projection', 'basic');
  if (pageToken) url.searchParams.set('pageToken', pageToken);
  return url.toString();
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').slice(0, 50) : [];
}

/** users.emails: "the list of the user's email addresses", objects with an `address`. */
function emailAddresses(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((entry) => (isObject(entry) && typeof entry.address === 'string' ? entry.address : null))
    .filter((address): address is string => address !== null)
    .slice(0, 50);
}

function toPerson(user: unknown): DirectoryPerson | null {
  if (!isObject(user) || typeof user.primaryEmail !== 'string') return null;
  const mapped = googleStatus(user.isEnrolledIn2Sv === true, user.isEnforcedIn2Sv === true);
  // A suspended or archived account cannot sign in today, but it is still the practice's
  // account, with its 2-Step Verification state: counted, imported and listed, never dropped.
  const inactive = user.suspended === true ? 'suspended' : user.archived === true ? 'archived' : null;
  const addresses = [user.primaryEmail, ...strings(user.aliases), ...strings(user.nonEditableAliases), ...emailAddresses(user.emails)];
  return {
    primary: user.primaryEmail,
    addresses: [...new Set(addresses)],
    status: mapped.status,
    ...(mapped.note || inactive ? { note: [mapped.note, inactive ? `account ${inactive} in Google Workspace` : null].filter(Boolean).join('; ') } : {}),
    ...(inactive ? { inactive } : {}),
  };
}

/**
 * Google's throttling answers: 403 with reason userRateLimitExceeded, rateLimitExceeded or
 * quotaExceeded ("slow down … using exponential backoff", Directory API: Limits and quotas), as
 * opposed to a 403 for a missing scope or role.
 */
const THROTTLING_REASONS = new Set(['userRateLimitExceeded', 'rateLimitExceeded', 'quotaExceeded']);

export function isGoogleThrottling(answer: DirectoryAnswer): boolean {
  const error = isObject(answer.body) && isObject(answer.body.error) ? answer.body.error : null;
  const errors = error && Array.isArray(error.errors) ? error.errors : [];
  return errors.some((entry) => isObject(entry) && typeof entry.reason === 'string' && THROTTLING_REASONS.has(entry.reason));
}

export async function listGoogleUsers(adminBaseUrl: string, tokens: TokenSource, options: PageOptions & { pageSize?: number }): Promise<DirectoryPerson[]> {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  return readAllPages(
    usersUrl(adminBaseUrl, null, pageSize),
    {
      items: (body) => {
        if (!isObject(body)) return null;
        // An empty directory answers without a users field.
        if (body.users === undefined) return [];
        return Array.isArray(body.users) ? body.users.map(toPerson).filter((p): p is DirectoryPerson => p !== null) : null;
      },
      next: (body) =>
        isObject(body) && typeof body.nextPageToken === 'string' && body.nextPageToken !== '' ? usersUrl(adminBaseUrl, body.nextPageToken, pageSize) : null,
      forbidden: () => new HygieError('directory-google-permission', { scope: GOOGLE_SCOPE }),
      throttled: isGoogleThrottling,
    },
    tokens,
    options,
  );
}

/** The directory's domain, for "connected to …": the part after @ of an address it listed. */
export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}
