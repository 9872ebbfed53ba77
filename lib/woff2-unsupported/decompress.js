// Bundled in place of `brotli/decompress.js` (475 kB), which fontkit loads only to read WOFF2
// fonts: the archive embeds a TrueType font (Noto Sans SC), so no deployed function needs it.
export default function decompress() {
  throw new Error('WOFF2 fonts are not supported: embed a TrueType or OpenType font instead.');
}
