// Customer emails against a real SMTP server started by the test (smtp-server), read back with mailparser,
// on both databases: once per event across a restart and across two instances.
import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { cancelBooking, resendConfirmationLink } from "../commands/bookings";
import { startSystem, type BookingSystem } from "../system";
import { describeEachDatabase } from "../testing/databases";
import { bookSeats, eventually, settle, showOnSale } from "../testing/system";

let server: SMTPServer;
let smtpUrl: string;
const inbox: ParsedMail[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => inbox.push(mail))
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const ORIGIN = "https://tickets.example.com";
const to = (address: string) => inbox.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === address);

describeEachDatabase("customer emails", (_db, info) => {
  const systems: BookingSystem[] = [];
  const start = async () => {
    const system = await startSystem({ databaseUrl: info().url, holdTtlSeconds: 60, projectionOptions: { pollMs: 25 }, email: { mailer: { from: "Seatwise <tickets@example.com>", smtpUrl }, origin: ORIGIN } });
    systems.push(system);
    return system;
  };
  afterAll(async () => {
    for (const s of systems) await s.stop().catch(() => undefined);
  });

  it("given a confirmed booking, one confirmation with the QR code and the manage link; a partial cancel and a resend each one more; none again after a restart", async () => {
    const system = await start();
    const showId = await showOnSale(system);
    const customer = `mail${info().kind}${Date.now()}`;
    const address = `${customer}@example.com`;
    const { bookingId, reference } = await bookSeats(system, showId, ["FL-A-1", "FL-A-2"], customer);

    await eventually(async () => to(address).length >= 1, 10_000);
    const [confirmation] = to(address);
    expect(confirmation?.subject).toMatch(new RegExp(`^Booking confirmed: Test show \\d+, ${reference}$`));
    expect(confirmation?.text).toContain(`Booking reference: ${reference}`);
    expect(confirmation?.text).toContain(`${ORIGIN}/bookings/${reference}?key=`);
    expect(confirmation?.attachments.map((a) => [a.contentType, a.cid])).toEqual([["image/png", "ticket-qr"]]);
    expect(confirmation?.html).toContain(`alt="QR code of booking reference ${reference}"`);

    const cancelled = await cancelBooking(system.deps, { bookingId, by: "staff", seatIds: ["FL-A-1"] }, { actor: "customer:x", commandId: `${bookingId}:cancel` });
    expect(cancelled.ok).toBe(true);
    const resent = await resendConfirmationLink(system.deps, { bookingId }, { actor: "staff:test", commandId: `${bookingId}:resend` });
    expect(resent.ok).toBe(true);
    await eventually(async () => to(address).length >= 3, 10_000);
    const [, cancellation, again] = to(address);
    expect(cancellation?.subject).toContain(`Booking cancelled:`);
    expect(cancellation?.text).toMatch(/Cancelled: Row A, seat 1\nRefund: /);
    expect(again?.subject).toContain("Your booking again");

    // A restart replays nothing: the checkpoint and the sent records hold.
    await settle(system);
    await system.stop();
    const restarted = await start();
    await settle(restarted);
    await new Promise((r) => setTimeout(r, 300));
    expect(to(address)).toHaveLength(3);
    expect(new Set(to(address).map((m) => m.messageId)).size).toBe(3);
  });

  it("an email whose sender died after claiming it is sent by the sweep, once", async () => {
    const system = systems.at(-1) as BookingSystem;
    const showId = await showOnSale(system);
    const customer = `orphan${info().kind}${Date.now()}`;
    await system.emails?.stop();
    const { bookingId } = await bookSeats(system, showId, ["FL-C-1"], customer);
    await settle(system);
    const [confirmed] = (await system.store.readStream(`booking-${bookingId}`)).filter((e) => e.event.type === "BookingConfirmed");
    // As a process that claimed it and died before sending would leave it.
    await system.db.prisma.sentEmail.create({
      data: { eventPosition: confirmed?.position as number, kind: "confirmation", bookingId, recipient: `${customer}@example.com`, subject: "-", messageId: "-", claimedAt: new Date(Date.now() - 3_600_000) },
    });
    const restarted = await start();
    await settle(restarted);
    await new Promise((r) => setTimeout(r, 300));
    expect(to(`${customer}@example.com`)).toHaveLength(0);
    expect(await restarted.emails?.sweep()).toBe(1);
    await eventually(async () => to(`${customer}@example.com`).length === 1);
    expect(await restarted.emails?.sweep()).toBe(0);
  });

  it("two instances on one database send each email once", async (context) => {
    if (info().kind !== "postgres") return context.skip();
    const [a, b] = [systems.at(-1) as BookingSystem, await start()];
    const showId = await showOnSale(a);
    const customers = Array.from({ length: 6 }, (_, i) => `twice${i}${Date.now()}`);
    for (const [i, c] of customers.entries()) await bookSeats(i % 2 ? a : b, showId, [`FL-B-${i + 1}`], c);
    await eventually(async () => customers.every((c) => to(`${c}@example.com`).length >= 1), 15_000);
    await settle(a);
    await settle(b);
    await new Promise((r) => setTimeout(r, 500));
    for (const c of customers) expect(to(`${c}@example.com`)).toHaveLength(1);
  });
});
