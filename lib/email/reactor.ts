// Emails as a reaction to the log: a confirmation when a booking is confirmed (again when the box office
// resends it), a cancellation with its refund when seats of a confirmed booking are cancelled (also when the
// show is). It follows the log from its own checkpoint; each email is claimed in sent_emails under the
// position of the event that asked for it before it is sent, so restarts and other instances never send it
// twice: whoever claims it sends it. A claim left unsent (its process died mid-send) is found by a sweep
// once it is older than any SMTP conversation can be, and sent then.
import QRCode from "qrcode";
import { advanceCheckpoint, ensureCheckpoint } from "../db/checkpoints";
import type { Database } from "../db/database";
import type { DomainEvent } from "../domain/events";
import { placeholders } from "../eventstore/sql";
import type { EventStore } from "../eventstore/store";
import { subscribe, type Subscription } from "../eventstore/subscription";
import type { StoredEvent } from "../eventstore/types";
import { manageUrlOf } from "../customers/manage-link";
import type { CustomerSecrets } from "../customers/secrets";
import type { ProjectionRunner } from "../projections/runner";
import { SMTP_TIMEOUT_MS, type Mailer, type OutgoingEmail } from "./mailer";
import { cancellationEmail, confirmationEmail, type EmailBooking, type EmailShow } from "./messages";

export const EMAIL_CHECKPOINT = "emails";

/** How often unsent claims are looked for. */
const SWEEP_MS = 30_000;
/** The events emails answer (the reactor's subscription filter). */
export const EMAIL_SOURCE_TYPES = ["BookingConfirmed", "BookingCancelled", "ConfirmationLinkResent"] as const;

export interface EmailReactorOptions {
  /** Links in emails start with this (the app's public origin). */
  origin: string;
  pollMs?: number;
  onError?(error: unknown, failuresInARow: number): void;
}

interface Owed {
  kind: "confirmation" | "cancellation";
  email: OutgoingEmail;
  bookingId: string;
}

export class EmailReactor {
  private subscription: Subscription | null = null;
  private sweeper: NodeJS.Timeout | null = null;
  sent = 0;

  constructor(
    private readonly store: EventStore,
    private readonly db: Database,
    private readonly projections: ProjectionRunner,
    private readonly secrets: CustomerSecrets,
    private readonly mailer: Mailer,
    private readonly options: EmailReactorOptions,
  ) {}

  async start(): Promise<void> {
    if (this.subscription) return;
    this.subscription = subscribe(this.store, {
      from: await ensureCheckpoint(this.db, EMAIL_CHECKPOINT),
      batchSize: 50,
      pollMs: this.options.pollMs ?? 250,
      filter: { types: [...EMAIL_SOURCE_TYPES] },
      handle: async (events) => {
        for (const stored of events) await this.react(stored as StoredEvent<DomainEvent>);
        await advanceCheckpoint(this.db, EMAIL_CHECKPOINT, (events[events.length - 1] as StoredEvent).position);
      },
      onError: (error, failures) => this.options.onError?.(error, failures),
    });
    this.sweeper = setInterval(() => void this.sweep().catch((error: unknown) => this.options.onError?.(error, 1)), SWEEP_MS);
  }

  /** Sends the emails whose claim was left unsent long enough ago that its sender must be gone. */
  async sweep(olderThanMs = 2 * SMTP_TIMEOUT_MS): Promise<number> {
    const [cutoff] = placeholders(this.db.kind, 1);
    const stale = await this.db.driver.rows<{ event_position: number | string }>(
      `SELECT event_position FROM sent_emails WHERE sent_at IS NULL AND claimed_at < ${cutoff} ORDER BY event_position`,
      [new Date(Date.now() - olderThanMs)],
    );
    let sent = 0;
    for (const row of stale) {
      const position = Number(row.event_position);
      const [stored] = await this.store.readAll({ after: position - 1, limit: 1 });
      if (stored?.position !== position) continue;
      const owed = await this.owedFor(stored as StoredEvent<DomainEvent>);
      if (!owed || !(await this.takeOver(position, olderThanMs))) continue;
      await this.send(position, owed);
      sent += 1;
    }
    return sent;
  }

  position(): number {
    return this.subscription?.position() ?? 0;
  }

  async stop(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
    await this.subscription?.stop();
    this.subscription = null;
    this.mailer.close();
  }

  private async react(stored: StoredEvent<DomainEvent>): Promise<void> {
    // The read side must show the booking as this event left it (the email reads its seats and show).
    await this.projections.waitFor(stored.position, 10_000);
    const owed = await this.owedFor(stored);
    // Claimed already: sent, or being sent by another instance (the sweep covers one that died meanwhile).
    if (!owed || !(await this.claim(stored.position, owed))) return;
    await this.send(stored.position, owed);
  }

  private async send(position: number, owed: Owed): Promise<void> {
    await this.mailer.send(owed.email);
    const [at, which] = placeholders(this.db.kind, 2);
    await this.db.driver.run(`UPDATE sent_emails SET sent_at = ${at} WHERE event_position = ${which}`, [new Date(), position]);
    this.sent += 1;
  }

  /** True when this process is the one to send it. */
  private async claim(position: number, owed: Owed): Promise<boolean> {
    const p = placeholders(this.db.kind, 7);
    const claimed = await this.db.driver.run(
      `INSERT INTO sent_emails (event_position, kind, booking_id, recipient, subject, message_id, claimed_at) VALUES (${p.join(", ")}) ON CONFLICT (event_position) DO NOTHING`,
      [position, owed.kind, owed.bookingId, owed.email.to, owed.email.subject, owed.email.messageId, new Date()],
    );
    return claimed > 0;
  }

  private async takeOver(position: number, olderThanMs: number): Promise<boolean> {
    const [now, which, before] = placeholders(this.db.kind, 3);
    const taken = await this.db.driver.run(
      `UPDATE sent_emails SET claimed_at = ${now} WHERE event_position = ${which} AND sent_at IS NULL AND claimed_at < ${before}`,
      [new Date(), position, new Date(Date.now() - olderThanMs)],
    );
    return taken > 0;
  }

  private async owedFor(stored: StoredEvent<DomainEvent>): Promise<Owed | null> {
    const { event } = stored;
    if (event.type !== "BookingConfirmed" && event.type !== "BookingCancelled" && event.type !== "ConfirmationLinkResent") return null;
    if (event.type === "BookingCancelled" && event.reason === "abandoned") return null;
    const booking = await this.db.prisma.bookingView.findUnique({ where: { bookingId: event.bookingId } });
    // Only confirmed bookings have an address; cancelling an unpaid hold tells nobody anything.
    if (!booking?.customerEmail || !booking.reference) return null;
    const show = await this.db.prisma.showView.findUnique({ where: { showId: booking.showId } });
    if (!show) return null;
    const manageUrl = new URL(manageUrlOf(this.secrets, booking.reference, booking.bookingId), this.options.origin).toString();
    const forEmail: EmailBooking = {
      reference: booking.reference,
      customerName: booking.customerName,
      seatIds: JSON.parse(booking.seatIds) as string[],
      totalCents: booking.totalCents,
      currency: booking.currency,
    };
    const showForEmail: EmailShow = { title: show.title, venue: show.venue, startsAt: show.startsAt, timeZone: show.timeZone };
    const messageId = `<event-${stored.position}@seatwise.${this.db.kind}>`;
    if (event.type === "BookingCancelled") {
      const cancelled = { seatIds: event.seatIds, refundCents: event.refundDueCents, wholeBooking: event.complete, showCancelled: event.reason === "show_cancelled" };
      const message = cancellationEmail(forEmail, showForEmail, cancelled, manageUrl);
      return { kind: "cancellation", bookingId: booking.bookingId, email: { to: booking.customerEmail, messageId, ...message } };
    }
    const message = confirmationEmail(forEmail, showForEmail, manageUrl, event.type === "ConfirmationLinkResent");
    const qr = await QRCode.toBuffer(booking.reference, { width: 360, margin: 2 });
    return {
      kind: "confirmation",
      bookingId: booking.bookingId,
      email: { to: booking.customerEmail, messageId, ...message, attachments: [{ filename: `${booking.reference}.png`, content: qr, cid: "ticket-qr", contentType: "image/png" }] },
    };
  }
}
