// Strict CSP for everything served from app:// (renderer/index.html repeats it in a meta tag,
// minus frame-ancestors which a meta tag cannot carry; a test keeps the two equal).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
