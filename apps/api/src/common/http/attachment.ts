/** `Content-Disposition` of a download: `filename` for old clients (ASCII only) and `filename*` with the real name (RFC 6266). */
export const attachment = (name: string): string => {
  const ascii = name.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'archivo';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
};
