// May a seat map join this show's room? Only for a show the public can see: published, or cancelled
// (its page still says so). Answers are cached so that a join storm costs one read per show, not one per socket.

/** What a join needs to know about a show: its ShowView status, or null when there is no such show. */
export type ShowStatusLookup = (showId: string) => Promise<{ status: string } | null>;

export interface JoinableShowsOptions {
  /** How long a refusal is remembered. Short: a draft may be published any moment. */
  refusalTtlMs?: number;
  /** At most this many shows are remembered (ids come from clients, so the cache must not grow without end). */
  maxEntries?: number;
  now?: () => number;
}

export interface JoinableShows {
  isJoinable(showId: string): Promise<boolean>;
}

const isPublic = (status: string) => status !== "draft";

interface Entry {
  answer: Promise<boolean>;
  /** Refusals expire; a yes never does: a public show never becomes a draft again. */
  expiresAt: number;
}

export function joinableShows(lookup: ShowStatusLookup, options: JoinableShowsOptions = {}): JoinableShows {
  const { refusalTtlMs = 2000, maxEntries = 10_000, now = Date.now } = options;
  const entries = new Map<string, Entry>();

  const remember = (showId: string, entry: Entry) => {
    entries.delete(showId);
    // Map keeps insertion order: the first key is the one remembered longest ago.
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
    entries.set(showId, entry);
  };

  return {
    isJoinable(showId) {
      const cached = entries.get(showId);
      if (cached && cached.expiresAt > now()) return cached.answer;
      // Concurrent joins of one show share this one read.
      const answer = lookup(showId).then(
        (show) => {
          const joinable = !!show && isPublic(show.status);
          if (!joinable) remember(showId, { answer, expiresAt: now() + refusalTtlMs });
          return joinable;
        },
        () => {
          // A failed read is not an answer: the next join asks again.
          if (entries.get(showId)?.answer === answer) entries.delete(showId);
          return false;
        },
      );
      remember(showId, { answer, expiresAt: Number.POSITIVE_INFINITY });
      return answer;
    },
  };
}
