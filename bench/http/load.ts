// One load phase through autocannon: many connections sending one kind of request, with every response
// classed by what it meant (a hold taken, a seat already gone, an error), and the latency histogram.
import autocannon from "autocannon";
import { round } from "../stats";

export interface RequestKind {
  method: "GET" | "POST";
  path: string;
  /** Builds each request's headers and body (a fresh customer, seats and idempotency key). */
  build?(): { headers?: Record<string, string>; body?: string };
  /** What a response meant; anything else is counted as an error. */
  classify(status: number, headers: Record<string, string | string[] | undefined>): "ok" | "refused" | "error";
}

export interface Phase {
  /** Load for this long: as fast as the connections go, or at most `ratePerSecond` in all (an on-sale's arrivals). */
  seconds: number;
  ratePerSecond?: number;
  connections: number;
}

export interface PhaseResult {
  /** Requests the phase meant to send (rate × seconds); null for a phase as fast as it goes. */
  offered: number | null;
  requests: number;
  perSecond: number;
  ok: number;
  refused: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  seconds: number;
}

export async function runPhase(baseUrl: string, kind: RequestKind, phase: Phase): Promise<PhaseResult> {
  const outcome = { ok: 0, refused: 0, error: 0 };
  const result = await autocannon({
    url: baseUrl,
    connections: phase.connections,
    // Requests still unanswered when the time is up are not counted: an on-sale the server cannot keep up
    // with shows as fewer answered than offered.
    duration: phase.seconds,
    ...(phase.ratePerSecond ? { overallRate: phase.ratePerSecond } : {}),
    timeout: 30,
    requests: [
      {
        method: kind.method,
        path: kind.path,
        setupRequest: (request) => {
          const built = kind.build?.() ?? {};
          return { ...request, headers: { ...request.headers, ...built.headers }, body: built.body };
        },
        onResponse: (status, _body, _context, headers) => {
          outcome[kind.classify(status, headers as Record<string, string | string[] | undefined>)] += 1;
        },
      },
    ],
  });
  // Connection errors and timeouts never reach onResponse.
  const errors = outcome.error + result.errors + result.timeouts;
  const requests = outcome.ok + outcome.refused + errors;
  return {
    offered: phase.ratePerSecond ? phase.ratePerSecond * phase.seconds : null,
    requests,
    perSecond: round(requests / result.duration),
    ok: outcome.ok,
    refused: outcome.refused,
    errors,
    p50Ms: round(result.latency.p50, 1),
    p99Ms: round(result.latency.p99, 1),
    maxMs: round(result.latency.max, 1),
    seconds: round(result.duration, 1),
  };
}
