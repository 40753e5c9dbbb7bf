import { expect, it } from "vitest";
import { cancelShow, scheduleShow } from "../commands/shows";
import { arena } from "../demo/venues";
import { describeEachSystem, settle, showOnSale } from "../testing/system";
import { ask, realtimeServer } from "../testing/realtime";
import { MAX_REFUSED_JOINS, MAX_SHOW_ROOMS } from "./show-rooms";

describeEachSystem("joining show rooms", (system) => {
  const server = realtimeServer(system);
  const seats = arena().slice(0, 4);

  async function draft(): Promise<string> {
    const showId = `draft${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const scheduled = await scheduleShow(
      system().deps,
      { showId, title: "Not yet", venue: "Nowhere", description: "", startsAt: new Date(Date.now() + 86_400_000).toISOString(), timeZone: "UTC", currency: "EUR", seats },
      { commandId: `${showId}:schedule`, actor: "staff:test" },
    );
    expect(scheduled.ok).toBe(true);
    return showId;
  }

  it("joins a published show and a cancelled one, refuses a draft and an unknown show", async () => {
    const published = await showOnSale(system(), seats);
    const cancelled = await showOnSale(system(), seats);
    expect((await cancelShow(system().deps, { showId: cancelled, reason: "test" }, { commandId: `${cancelled}:cancel`, actor: "staff:test" })).ok).toBe(true);
    const hidden = await draft();
    await settle(system());

    const socket = await server.client();
    expect(await ask(socket, "show:join", { showId: published })).toEqual({ ok: true });
    expect(await ask(socket, "show:join", { showId: cancelled })).toEqual({ ok: true });
    expect(await ask(socket, "show:join", { showId: hidden })).toEqual({ ok: false, error: "There is no such show" });
    expect(await ask(socket, "show:join", { showId: "no-such-show" })).toEqual({ ok: false, error: "There is no such show" });
    expect(await ask(socket, "show:join", { showId: "bad id!" })).toMatchObject({ ok: false });
  });

  it(`holds a connection to ${MAX_SHOW_ROOMS} show rooms, with a clear refusal beyond, and room again after a leave`, async () => {
    const shows: string[] = [];
    for (let n = 0; n <= MAX_SHOW_ROOMS; n++) shows.push(await showOnSale(system(), seats));
    await settle(system());
    const socket = await server.client();
    // All at once: joins waiting for their show must not slip past the cap together.
    const answers = await Promise.all(shows.map((showId) => ask(socket, "show:join", { showId })));
    expect(answers.filter((a) => a.ok)).toHaveLength(MAX_SHOW_ROOMS);
    const refusal = answers.find((a) => !a.ok);
    expect(refusal).toEqual({ ok: false, error: `At most ${MAX_SHOW_ROOMS} shows at once on one connection: leave one first` });
    const left = shows[answers.findIndex((a) => a.ok)];
    const waiting = shows[answers.findIndex((a) => !a.ok)];
    expect(await ask(socket, "show:join", { showId: left })).toEqual({ ok: true });
    expect(await ask(socket, "show:leave", { showId: left })).toEqual({ ok: true });
    expect(await ask(socket, "show:join", { showId: waiting })).toEqual({ ok: true });
    // Another connection has its own rooms.
    expect(await ask(await server.client(), "show:join", { showId: left })).toEqual({ ok: true });
  });

  it(`closes a connection after ${MAX_REFUSED_JOINS} refused joins`, async () => {
    const socket = await server.client();
    const closed = new Promise<string>((resolve) => socket.once("disconnect", resolve));
    for (let n = 0; n < MAX_REFUSED_JOINS; n++)
      expect(await ask(socket, "show:join", { showId: `nothing-${n}` })).toMatchObject({ ok: false });
    expect(await closed).toBe("io server disconnect");
  });
});
