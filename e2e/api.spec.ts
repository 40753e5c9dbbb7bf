import { expect, test, type APIRequestContext } from "@playwright/test";

const seatsOf = async (request: APIRequestContext) => {
  const body = await (await request.get("/api/shows/hamlet")).json();
  return body.seats as Array<{ seatId: string; status: string }>;
};

test("bad requests get a 4xx with a message and change nothing", async ({ request, playwright, baseURL }) => {
  // A visitor with no customer cookie: nothing is theirs, so booking steps answer 404 before reading the body.
  const anonymous = await playwright.request.newContext({ baseURL });
  // A refused hold still makes this client a customer (a cookie): its bad booking bodies below are 400s.
  expect((await request.post("/api/shows/hamlet/holds", { data: { seatIds: ["Z-98"], idempotencyKey: "bad-key-0000" } })).status()).toBe(400);
  const before = await seatsOf(request);
  const hold = (data: unknown, show = "hamlet") =>
    request.post(`/api/shows/${show}/holds`, { data: data as Record<string, unknown> });
  const cases: Array<[Promise<{ status(): number; json(): Promise<{ error?: string }> }>, number]> = [
    [hold({}), 400],
    [hold({ seatIds: [], idempotencyKey: "bad-key-0001" }), 400],
    [hold({ seatIds: "A-1", idempotencyKey: "bad-key-0002" }), 400],
    [hold({ seatIds: ["A-1"], idempotencyKey: 42 }), 400],
    [hold({ seatIds: ["Z-99"], idempotencyKey: "bad-key-0003" }), 400],
    [hold({ seatIds: ["A-1", "A-1"], idempotencyKey: "bad-key-0004" }), 400],
    [hold({ seatIds: ["A-1"], idempotencyKey: "bad-key-0005" }, "no-such-show"), 404],
    [request.post("/api/shows/hamlet/holds", { headers: { "content-type": "application/json" }, data: "{not json" }), 400],
    [request.post("/api/bookings/nope/payment", { data: { customerName: "A", customerEmail: "a@example.com", cardNumber: "4242424242424242", idempotencyKey: "bad-key-0006" } }), 404],
    [request.post("/api/bookings/nope/payment", { data: { customerName: "", customerEmail: "not-an-email", cardNumber: "12", idempotencyKey: "bad-key-0007" } }), 400],
    [request.post("/api/bookings/nope/cancel", { data: { idempotencyKey: "x" } }), 400],
    [anonymous.post("/api/bookings/nope/payment", { data: { customerName: "", customerEmail: "not-an-email", cardNumber: "12", idempotencyKey: "bad-key-0008" } }), 404],
    [anonymous.post("/api/bookings/nope/cancel", { data: { idempotencyKey: "x" } }), 404],
    [request.get("/api/bookings/ABCD-EFGH?email=nobody@example.com"), 404],
    [request.get("/api/bookings/ABCD-EFGH?email=not-an-email"), 400],
    [request.get("/api/shows/hamlet/changes?after=-5"), 400],
    [request.get("/api/shows/arena-tour/sections/Nowhere"), 404],
    [request.get("/api/shows/nope/sections/Floor"), 404],
    [request.get("/api/shows/arena-tour/best?count=0"), 400],
    [request.get("/api/shows/arena-tour/best?count=11"), 400],
    [request.get("/api/shows/nope/best?count=2"), 404],
  ];
  for (const [pending, status] of cases) {
    const response = await pending;
    expect(response.status()).toBe(status);
    expect((await response.json()).error, `status ${status} carries a message`).toEqual(expect.any(String));
  }
  expect(await seatsOf(request)).toEqual(before);
});

test("a hold through the API: 201, the same key again answers the same booking, a taken seat is 409", async ({ playwright, baseURL }) => {
  const alice = await playwright.request.newContext({ baseURL });
  const bob = await playwright.request.newContext({ baseURL });
  const free = (await seatsOf(alice)).filter((s) => s.status === "available").slice(-1)[0]?.seatId as string;
  const body = { seatIds: [free], idempotencyKey: `api-${Date.now()}` };
  const first = await alice.post("/api/shows/hamlet/holds", { data: body });
  expect(first.status()).toBe(201);
  const { bookingId } = await first.json();
  const again = await alice.post("/api/shows/hamlet/holds", { data: body });
  expect(again.status()).toBe(200);
  expect((await again.json()).bookingId).toBe(bookingId);
  const taken = await bob.post("/api/shows/hamlet/holds", { data: { seatIds: [free], idempotencyKey: `api-bob-${Date.now()}` } });
  expect(taken.status()).toBe(409);
  expect(await taken.json()).toMatchObject({ code: "SEATS_UNAVAILABLE", seatIds: [free] });
  // Bob cannot pay for Alice's booking.
  const stranger = await bob.post(`/api/bookings/${bookingId}/payment`, {
    data: { customerName: "Bob", customerEmail: "bob@example.com", cardNumber: "4242424242424242", idempotencyKey: "bob-pays-0001" },
  });
  expect(stranger.status()).toBe(404);
  const paid = await alice.post(`/api/bookings/${bookingId}/payment`, {
    data: { customerName: "Alice", customerEmail: "alice@example.com", cardNumber: "4242424242424242", idempotencyKey: "alice-pays-01" },
  });
  expect(paid.status()).toBe(200);
  const { reference } = await paid.json();
  const found = await bob.get(`/api/bookings/${reference}?email=ALICE@example.com`);
  expect((await found.json()).booking).toMatchObject({ status: "confirmed", seatIds: [free] });
  const cancelled = await alice.post(`/api/bookings/${bookingId}/cancel`, { data: { idempotencyKey: "alice-cancel-1" } });
  expect(cancelled.status()).toBe(200);
  expect((await seatsOf(alice)).find((s) => s.seatId === free)?.status).toBe("available");
});
