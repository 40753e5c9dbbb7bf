// A booking's reference, the one name customers and staff share ("Z2NB-JF12"): derived from the booking
// id, so staff lists can name a booking the same way from its first hold, before it is even confirmed.
// Pure and browser-safe (the live timeline names bookings too): no node:crypto.

// Crockford's base32 without I, L, O, U: nothing to misread on a ticket or over the phone.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** FNV-1a, 32 bits, from a given basis: two of them give the 40 bits a reference needs. */
function fnv1a(text: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The reference of a booking: eight characters as two groups of four. */
export function referenceOf(bookingId: string): string {
  const high = fnv1a(bookingId, 0x811c9dc5);
  const low = fnv1a(bookingId, 0x050c5d1f);
  const chars: string[] = [];
  for (let i = 0; i < 4; i++) chars.push(ALPHABET[(high >>> (i * 5)) & 31] as string);
  for (let i = 0; i < 4; i++) chars.push(ALPHABET[(low >>> (i * 5)) & 31] as string);
  return formatReference(chars.join(""));
}

/** A reference as typed ("z2nbjf12", " Z2NB JF12 ") in the one form it is stored and shown in: "Z2NB-JF12". */
export function formatReference(typed: string): string {
  return typed.trim().toUpperCase().replace(/[^0-9A-Z]/g, "").replace(/^(.{4})(.{4})$/, "$1-$2");
}

/** Whether text looks like a reference (after formatting), so a search can try it as one. */
export const looksLikeReference = (text: string) => /^[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(formatReference(text));
