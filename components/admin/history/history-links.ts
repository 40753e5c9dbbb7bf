// Links and times as the history views write them.

export const streamHref = (streamId: string, version?: number) =>
  `/admin/events/streams/${encodeURIComponent(streamId)}${version !== undefined ? `?version=${version}` : ""}`;
export const correlationHref = (correlationId: string) => `/admin/events/correlation/${encodeURIComponent(correlationId)}`;

/** Times on staff pages are UTC, to the second, so they line up with the log and the filters. */
export const utcTime = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
