// A provider that answers within a bound: a customer waiting at checkout is told "no answer in time"
// after a few seconds instead of watching "Processing…" for as long as the provider takes.
import type { AuthorizationResult, PaymentProvider } from "./simulated-provider";

export function boundedPaymentProvider(provider: PaymentProvider, timeoutMs: number): PaymentProvider {
  return {
    async authorize(request) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<AuthorizationResult>((resolve) => {
        timer = setTimeout(
          () => resolve({ ok: false, failure: "timed_out", reason: `The card provider did not answer within ${Math.round(timeoutMs / 1000)} seconds` }),
          timeoutMs,
        );
      });
      try {
        return await Promise.race([provider.authorize(request), timedOut]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
