// Rewrites the development URL (https://localhost:3000) of manifest.xml to the production
// base URL — used by webpack.config.js for dist/manifest.xml, and tested.
const DEV_BASE_URL = 'https://localhost:3000';

/** manifest text with every https://localhost:3000 replaced by `baseUrl` (no trailing slash). */
function rewriteManifestUrls(text, baseUrl) {
  const base = String(baseUrl).replace(/\/+$/, '');
  if (!/^https:\/\/[^\s"'<>]+$/.test(base)) {
    throw new Error(`ADDIN_BASE_URL must be an https:// URL without spaces or quotes, got "${baseUrl}"`);
  }
  // <AppDomain> takes an origin, not a path.
  const withDomain = text
    .split(`<AppDomain>${DEV_BASE_URL}</AppDomain>`)
    .join(`<AppDomain>${new URL(base).origin}</AppDomain>`);
  return withDomain.split(DEV_BASE_URL).join(base);
}

module.exports = { DEV_BASE_URL, rewriteManifestUrls };
