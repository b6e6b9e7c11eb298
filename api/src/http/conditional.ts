/** Whether an If-None-Match header (a list of entity tags, or *) matches `etag`: weak comparison, as RFC 9110 asks for GET. */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
