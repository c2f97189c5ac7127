// The name to show for a Microsoft sign-in: the account in the ID token that came with the
// tokens (preferred_username, e.g. "admin@cabinet.fr"). Only read for display, never trusted for
// access decisions, so its signature is not checked here; Graph checks the access token.

export function accountFromIdToken(idToken: string | null): string | null {
  if (!idToken) return null;
  const payload = idToken.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const name = claims.preferred_username ?? claims.upn ?? claims.email;
    return typeof name === 'string' && name.length > 0 && name.length <= 254 ? name : null;
  } catch {
    return null;
  }
}
