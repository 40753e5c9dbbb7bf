// A booking's manage link: its reference plus a key only the server can make (an HMAC of the booking id),
// so knowing a booking id or a reference alone opens nothing.
import type { CustomerSecrets } from "./secrets";

export const manageUrlOf = (secrets: CustomerSecrets, reference: string, bookingId: string) =>
  `/bookings/${encodeURIComponent(reference)}?key=${secrets.manageKeyOf(bookingId)}`;
