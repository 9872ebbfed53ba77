/**
 * Links in emails point at the API's public URL, a deployment setting (`PUBLIC_API_URL`), never
 * at whatever host a request named.
 */
export function publicApiUrl(): string {
  const url = process.env.PUBLIC_API_URL;
  if (!url) throw new Error('PUBLIC_API_URL is not set');
  return url.replace(/\/+$/, '');
}
