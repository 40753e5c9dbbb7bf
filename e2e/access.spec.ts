// Every page, route handler, server action and socket event the source tree declares (e2e/source-tree.ts),
// probed by an anonymous visitor and by another customer with one customer's identifiers: each refuses,
// says nothing about that customer, and changes nothing of theirs. Public entry points are listed here by
// name; anything new that is not listed must refuse, so a new route cannot slip through unprobed.
import { createRequire } from "node:module";
import { expect, test } from "@playwright/test";
import { io } from "socket.io-client";
import { MAIN_URL } from "../playwright.config";
import { actionIds, apiRoutes, pages, serverActions, socketEvents } from "./source-tree";

const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply(value: unknown): Promise<FormData | string>;
};

/** Anyone may use these; they are probed only for leaking the customer's data. */
const PUBLIC_PAGES = new Set(["/", "/bookings", "/shows/[id]", "/admin/login"]);
const PUBLIC_ROUTES = new Set([
  "GET /api/shows",
  "GET /api/shows/[id]",
  "GET /api/shows/[id]/changes",
  "GET /api/shows/[id]/sections/[section]",
  "GET /api/shows/[id]/best",
  "POST /api/shows/[id]/holds",
]);
/** Events anyone may send: the public show list, and leaving a room. `show:join` is probed with a show that does not exist. */
const PUBLIC_SOCKET_EVENTS = new Set(["shows:join", "shows:leave", "show:leave"]);

interface Customer {
  cookie: string;
  name: string;
  email: string;
  confirmedId: string;
  heldId: string;
  heldSeat: string;
  reference: string;
  manageKey: string;
}

type Caller = { label: string; cookie?: string };

async function send(path: string, init: { method?: string; cookie?: string; json?: unknown; body?: FormData | string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.cookie) headers.cookie = init.cookie;
  let body: FormData | string | undefined = init.body;
  if (init.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(init.json);
  }
  const response = await fetch(`${MAIN_URL}${path}`, { method: init.method ?? "GET", headers, body, redirect: "manual" });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const cookieOf = (headers: Headers) => /customer_id=([^;]+)/.exec(headers.getSetCookie().join("\n"))?.[1];

let key = 0;
const idempotencyKey = () => `access-${Date.now()}-${key++}`;

async function freeSeats(count: number): Promise<string[]> {
  const seats = JSON.parse((await send("/api/shows/hamlet")).text).seats as Array<{ seatId: string; status: string }>;
  return seats.filter((s) => s.status === "available").slice(-count - 20, -20).map((s) => s.seatId);
}

/** A customer with a confirmed booking and a hold still waiting for payment. */
async function customerWithBookings(): Promise<Customer> {
  const [a, b, held] = await freeSeats(3) as [string, string, string];
  const first = await send("/api/shows/hamlet/holds", { method: "POST", json: { seatIds: [a, b], idempotencyKey: idempotencyKey() } });
  expect(first.status).toBe(201);
  const cookie = `customer_id=${cookieOf(first.headers)}`;
  const confirmedId = JSON.parse(first.text).bookingId as string;
  const name = "Ada Private-Person";
  const email = "ada.private.person@example.com";
  const paid = await send(`/api/bookings/${confirmedId}/payment`, {
    method: "POST",
    cookie,
    json: { customerName: name, customerEmail: email, cardNumber: "4242424242424242", idempotencyKey: idempotencyKey() },
  });
  expect(paid.status).toBe(200);
  const { reference, bookingUrl } = JSON.parse(paid.text) as { reference: string; bookingUrl: string };
  const second = await send("/api/shows/hamlet/holds", { method: "POST", cookie, json: { seatIds: [held], idempotencyKey: idempotencyKey() } });
  expect(second.status).toBe(201);
  return {
    cookie,
    name,
    email,
    confirmedId,
    heldId: JSON.parse(second.text).bookingId,
    heldSeat: held,
    reference,
    manageKey: new URL(bookingUrl, MAIN_URL).searchParams.get("key") as string,
  };
}

/** What the customer can see of their own bookings: must be the same before and after the probes. */
async function ownView(customer: Customer) {
  const lookup = JSON.parse((await send(`/api/bookings/${customer.reference}?email=${encodeURIComponent(customer.email)}`)).text);
  const manage = await send(`/bookings/${customer.reference}?key=${customer.manageKey}`);
  const checkout = await send(`/checkout/${customer.heldId}`, { cookie: customer.cookie });
  const seats = JSON.parse((await send("/api/shows/hamlet")).text).seats as Array<{ seatId: string; status: string }>;
  return {
    lookup,
    manageStatus: manage.status,
    confirmed: manage.text.includes('data-booking-status="confirmed"'),
    checkoutStatus: checkout.status,
    payable: /Pay /.test(checkout.text),
    seats: seats.filter((s) => [...lookup.booking.seatIds, customer.heldSeat].includes(s.seatId)),
  };
}

/** None of the customer's data, except what the probe itself sent. */
function expectNoCustomerData(customer: Customer, what: string, text: string, sent = "") {
  const secrets = [customer.name, customer.email, customer.cookie.split("=")[1] as string, customer.manageKey, customer.reference, customer.confirmedId, customer.heldId];
  for (const secret of secrets) if (!sent.includes(secret)) expect(text.includes(secret), `${what} must not show ${secret}`).toBe(false);
}

const isSignInRedirect = (status: number, headers: Headers) => [302, 303, 307, 308].includes(status) && /\/admin\/login/.test(headers.get("location") ?? "");

test("every page, route, server action and socket event refuses an anonymous caller and another customer", async () => {
  test.setTimeout(240_000);
  const ada = await customerWithBookings();
  const mallory = await send("/api/shows/hamlet/holds", { method: "POST", json: { seatIds: await freeSeats(1), idempotencyKey: idempotencyKey() } });
  const callers: Caller[] = [{ label: "anonymous" }, { label: "another customer", cookie: `customer_id=${cookieOf(mallory.headers)}` }];
  const before = await ownView(ada);
  expect(before).toMatchObject({ manageStatus: 200, confirmed: true, checkoutStatus: 200, payable: true });

  // Sample values for route parameters: the customer's own identifiers wherever a booking is named.
  const fill = (pattern: string) =>
    pattern
      .replace("/checkout/[bookingId]", `/checkout/${ada.heldId}`)
      .replace("/bookings/[reference]", `/bookings/${ada.reference}`)
      .replace("[streamId]", `booking-${ada.confirmedId}`)
      .replace("[correlationId]", `pay:${ada.confirmedId}`)
      .replace("[name]", "seat-view")
      .replace("[section]", "Stalls")
      .replace("/api/shows/[id]/best", "/api/shows/[id]/best?count=2")
      .replace(/\[[^\]]+\]/g, "hamlet");

  // ---- pages
  const allPages = pages();
  expect(allPages).toEqual(expect.arrayContaining(["/admin", "/checkout/[bookingId]", "/bookings/[reference]"]));
  for (const pattern of allPages) {
    // A booking page opens only with its manage link's key: the booking id (the old key) and a guess do not.
    const paths = pattern === "/bookings/[reference]" ? [`${fill(pattern)}?key=${ada.confirmedId}`, `${fill(pattern)}?key=guess`] : [fill(pattern)];
    for (const path of paths)
      for (const caller of callers) {
        const response = await send(path, { cookie: caller.cookie });
        const what = `${caller.label}: GET ${path}`;
        expectNoCustomerData(ada, what, response.text, path);
        if (PUBLIC_PAGES.has(pattern)) continue;
        if (pattern.startsWith("/admin")) expect(isSignInRedirect(response.status, response.headers) || response.status === 401, `${what} -> ${response.status}`).toBe(true);
        else expect(response.status, what).toBe(404);
      }
  }

  // ---- route handlers
  const routes = apiRoutes();
  expect(routes.length).toBeGreaterThan(5);
  for (const { route, methods } of routes)
    for (const method of methods)
      for (const caller of callers) {
        let path = fill(route);
        let json: unknown = method === "POST" ? {} : undefined;
        if (route === "/api/bookings/[id]") path = `/api/bookings/${ada.reference}?email=mallory%40example.com`;
        if (route === "/api/bookings/[id]/payment") {
          path = `/api/bookings/${ada.heldId}/payment`;
          json = { customerName: "Mallory", customerEmail: "mallory@example.com", cardNumber: "4242424242424242", idempotencyKey: idempotencyKey() };
        }
        if (route === "/api/bookings/[id]/cancel") {
          path = `/api/bookings/${ada.confirmedId}/cancel`;
          json = { idempotencyKey: idempotencyKey() };
        }
        if (route === "/api/shows/[id]/holds") json = { seatIds: [ada.heldSeat], idempotencyKey: idempotencyKey() };
        const response = await send(path, { method, cookie: caller.cookie, json });
        const what = `${caller.label}: ${method} ${path}`;
        expectNoCustomerData(ada, what, response.text, path);
        if (PUBLIC_ROUTES.has(`${method} ${route}`)) continue;
        if (route.startsWith("/api/bookings")) expect(response.status, what).toBe(404);
        else expect([401, 403, 404], `${what} -> ${response.status}`).toContain(response.status);
      }

  // ---- server actions, called as a browser calls them (Next-Action header, React's encoding of the arguments)
  const ids = actionIds();
  const actions = serverActions();
  expect(actions.map((a) => a.name)).toEqual(expect.arrayContaining(["payAction", "cancelBookingAction", "publishShowAction"]));
  const probe = () => {
    const form = new FormData();
    const fields: Record<string, string> = {
      bookingId: ada.heldId,
      reference: ada.reference,
      key: ada.confirmedId,
      email: "mallory@example.com",
      customerName: "Mallory",
      customerEmail: "mallory@example.com",
      cardNumber: "4242424242424242",
      idempotencyKey: idempotencyKey(),
      showId: "hamlet",
      seatId: ada.heldSeat,
      name: "Mallory",
      password: "not-the-password",
      title: "Probe",
      venue: "Probe",
      description: "",
      startsAt: "2031-01-01T20:00",
      currency: "EUR",
      plan: "[]",
      reason: "A probe",
      confirm: "yes",
    };
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    return form;
  };
  for (const action of actions) {
    const id = ids.get(`${action.file}#${action.name}`);
    expect(id, `${action.file} ${action.name} is in the build`).toBeDefined();
    for (const caller of callers) {
      const body = await encodeReply([null, probe()]);
      const response = await send("/", { method: "POST", cookie: caller.cookie, body, headers: { "next-action": id as string, accept: "text/x-component", origin: MAIN_URL } });
      const what = `${caller.label}: ${action.name}`;
      expectNoCustomerData(ada, what, response.text, `${ada.heldId} ${ada.reference} ${ada.confirmedId}`);
      const redirect = response.headers.get("x-action-redirect") ?? "";
      const refusedInPlace = /"ok":false/.test(response.text);
      expect(redirect.includes("/admin/login") || refusedInPlace, `${what} must refuse (status ${response.status}, redirect "${redirect}")`).toBe(true);
    }
  }

  // ---- socket events
  const events = socketEvents();
  expect(events).toEqual(expect.arrayContaining(["admin:join", "show:join"]));
  for (const caller of callers) {
    const socket = io(MAIN_URL, { transports: ["websocket"], extraHeaders: caller.cookie ? { cookie: caller.cookie } : {} });
    const heard: string[] = [];
    socket.onAny((event, ...args) => heard.push(`${event} ${JSON.stringify(args)}`));
    await new Promise<void>((resolve, reject) => {
      socket.on("connect", () => resolve());
      socket.on("connect_error", reject);
    });
    for (const event of events) {
      const payload = event.startsWith("show:") ? { showId: "no-such-show" } : {};
      const ack = (await socket.timeout(5000).emitWithAck(event as "admin:join", payload)) as { ok: boolean; error?: string };
      expectNoCustomerData(ada, `${caller.label}: socket ${event}`, JSON.stringify(ack));
      if (!PUBLIC_SOCKET_EVENTS.has(event)) expect(ack.ok, `${caller.label}: socket ${event} must refuse`).toBe(false);
    }
    // A booking elsewhere while this socket listens: whatever reaches it carries nobody's data.
    await send("/api/shows/hamlet/holds", { method: "POST", json: { seatIds: await freeSeats(1), idempotencyKey: idempotencyKey() } });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expectNoCustomerData(ada, `${caller.label}: socket messages`, heard.join("\n"));
    socket.disconnect();
  }

  // Nothing of the customer's changed.
  expect(await ownView(ada)).toEqual(before);
});
