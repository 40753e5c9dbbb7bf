import { expect, it } from "vitest";
import { arena, arenaLayout } from "../demo/venues";
import { findShow } from "../queries/shows";
import { describeEachSystem, settle } from "../testing/system";
import { scheduleShow, setSeatingLayout } from "./shows";

describeEachSystem("a show's seating layout", (system) => {
  const schedule = (showId: string, layout?: ReturnType<typeof arenaLayout>) =>
    scheduleShow(
      system().deps,
      { showId, title: "Arena", venue: "Harbour Arena", description: "", startsAt: new Date(Date.now() + 86_400_000).toISOString(), timeZone: "Europe/Dublin", currency: "EUR", seats: arena(), layout },
      { commandId: `${showId}:schedule`, actor: "staff:test" },
    );

  it("is stored with the seats and reaches ShowView, sections in the order staff set", async () => {
    const layout = arenaLayout();
    expect((await schedule("laid-out", layout)).ok).toBe(true);
    await settle(system());
    const row = await findShow(system().db.prisma, "laid-out");
    expect(JSON.parse(row?.layout ?? "null")).toEqual(layout);
  });

  it("is absent for a show scheduled without one (drawn with the default)", async () => {
    expect((await schedule("unplaced")).ok).toBe(true);
    await settle(system());
    expect((await findShow(system().db.prisma, "unplaced"))?.layout).toBeNull();
  });

  it("refuses a layout naming a section the seats do not have, and schedules nothing", async () => {
    const layout = arenaLayout();
    const result = await schedule("misplaced", { ...layout, sections: [...layout.sections, { ...layout.sections[0]!, name: "Roof" }] });
    expect(result.ok).toBe(false);
    await settle(system());
    expect(await findShow(system().db.prisma, "misplaced")).toBeNull();
  });

  it("can be changed after the show was created: a new order reaches ShowView; a layout that does not fit is refused", async () => {
    const layout = arenaLayout();
    expect((await schedule("relaid", layout)).ok).toBe(true);
    const reordered = { ...layout, sections: [...layout.sections].reverse() };
    const changed = await setSeatingLayout(system().deps, { showId: "relaid", layout: reordered }, { commandId: "relaid:layout:1", actor: "staff:test" });
    expect(changed.ok).toBe(true);
    const refused = await setSeatingLayout(
      system().deps,
      { showId: "relaid", layout: { ...layout, sections: [{ ...layout.sections[0]!, name: "Roof" }] } },
      { commandId: "relaid:layout:2", actor: "staff:test" },
    );
    expect(refused.ok).toBe(false);
    await settle(system());
    const row = await findShow(system().db.prisma, "relaid");
    expect((JSON.parse(row?.layout ?? "null") as typeof layout).sections.map((s) => s.name)).toEqual(reordered.sections.map((s) => s.name));
  });
});
