// One Content-Security-Policy for the app:// scheme (Electron) and browser mode: only our own
// scripts (no inline, no eval), no remote anything. Inline *styles* stay allowed because
// React and recharts set style attributes for layout.
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
