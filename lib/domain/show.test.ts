import { describe, expect, it } from "vitest";
import { fold } from "./decider";
import { isDomainError } from "./errors";
import {
  cancelShow,
  EARLIER,
  NOW,
  publishShow,
  rescheduleShow,
  scheduleShow,
  SHOW_STARTS,
  showCancelled,
  showPublished,
  showRescheduled,
  showScheduled,
} from "../testing/domain-fixtures";
import { showDecider, type ShowCommand, type ShowEvent, type ShowState } from "./show";
import { specFor } from "../testing/decider-spec";

const { given } = specFor(showDecider);
const NEW_START = "2030-06-08T19:00:00.000Z";

describe("ScheduleShow", () => {
  it("schedules a show as a draft", () => {
    given().when(scheduleShow()).then([showScheduled()]);
  });

  it("records only the show's details, not when the command was handled", () => {
    given()
      .when(scheduleShow({ title: "Twelfth Night", currency: "GBP" }))
      .then([showScheduled({ title: "Twelfth Night", currency: "GBP" })]);
  });

  it("refuses a show that already exists", () => {
    given(showScheduled()).when(scheduleShow()).thenThrows("SHOW_ALREADY_EXISTS");
  });

  it("refuses to schedule again a show that was cancelled", () => {
    given(showScheduled(), showCancelled()).when(scheduleShow()).thenThrows("SHOW_ALREADY_EXISTS");
  });

  it.each([
    ["title", { title: "  " }],
    ["venue", { venue: "" }],
  ])("refuses a show without a %s", (_, overrides) => {
    given().when(scheduleShow(overrides)).thenThrows("INVALID_COMMAND");
  });

  it("records the venue's time zone", () => {
    given()
      .when(scheduleShow({ timeZone: "America/New_York" }))
      .then([showScheduled({ timeZone: "America/New_York" })]);
  });

  it.each(["", "London", "Europe/Atlantis"])("refuses time zone %j", (timeZone) => {
    given().when(scheduleShow({ timeZone })).thenThrows("INVALID_COMMAND");
  });

  it.each(["eur", "EURO", "E1R", ""])("refuses currency %j", (currency) => {
    given().when(scheduleShow({ currency })).thenThrows("INVALID_COMMAND");
  });

  it.each([
    ["in the past", EARLIER],
    ["right now", NOW],
    ["at no valid time", "next Friday"],
  ])("refuses a show that starts %s", (_, startsAt) => {
    given().when(scheduleShow({ startsAt })).thenThrows("INVALID_COMMAND");
  });
});

describe("RescheduleShow", () => {
  it("moves the start, recording the previous one", () => {
    given(showScheduled()).when(rescheduleShow(NEW_START)).then([showRescheduled(NEW_START, SHOW_STARTS)]);
  });

  it("moves a published show", () => {
    given(showScheduled(), showPublished()).when(rescheduleShow(NEW_START)).then([showRescheduled(NEW_START, SHOW_STARTS)]);
  });

  it("records the start it replaces, not the original one", () => {
    const third = "2030-06-15T19:00:00.000Z";
    given(showScheduled(), showRescheduled(NEW_START, SHOW_STARTS))
      .when(rescheduleShow(third))
      .then([showRescheduled(third, NEW_START)]);
  });

  it("does nothing when the start does not change", () => {
    given(showScheduled()).when(rescheduleShow(SHOW_STARTS)).thenNothing();
  });

  it.each([
    ["in the past", EARLIER],
    ["right now", NOW],
    ["at no valid time", "soon"],
  ])("refuses a new start %s", (_, startsAt) => {
    given(showScheduled()).when(rescheduleShow(startsAt)).thenThrows("INVALID_COMMAND");
  });

  it("refuses a cancelled show", () => {
    given(showScheduled(), showCancelled()).when(rescheduleShow(NEW_START)).thenThrows("SHOW_CANCELLED");
  });

  it("refuses a show that does not exist", () => {
    given().when(rescheduleShow(NEW_START)).thenThrows("SHOW_NOT_FOUND");
  });
});

describe("PublishShow", () => {
  it("publishes a draft", () => {
    given(showScheduled()).when(publishShow()).then([showPublished()]);
  });

  it("does nothing the second time", () => {
    given(showScheduled(), showPublished()).when(publishShow()).thenNothing();
  });

  it("refuses a cancelled show", () => {
    given(showScheduled(), showCancelled()).when(publishShow()).thenThrows("SHOW_CANCELLED");
  });

  it("refuses a show that does not exist", () => {
    given().when(publishShow()).thenThrows("SHOW_NOT_FOUND");
  });
});

describe("CancelShow", () => {
  it("cancels a draft, saying why", () => {
    given(showScheduled()).when(cancelShow("Venue flooded")).then([showCancelled("Venue flooded")]);
  });

  it("cancels a published show", () => {
    given(showScheduled(), showPublished()).when(cancelShow()).then([showCancelled()]);
  });

  it("does nothing the second time, whatever the reason given", () => {
    given(showScheduled(), showCancelled("Venue flooded")).when(cancelShow("Strike")).thenNothing();
  });

  it("refuses a cancellation without a reason", () => {
    given(showScheduled()).when(cancelShow("   ")).thenThrows("INVALID_COMMAND");
  });

  it("refuses a show that does not exist", () => {
    given().when(cancelShow()).thenThrows("SHOW_NOT_FOUND");
  });
});

describe("snapshots", () => {
  const histories: Array<[string, ShowEvent[]]> = [
    ["nothing", []],
    ["a draft", [showScheduled()]],
    ["a rescheduled, published show", [showScheduled(), showRescheduled(NEW_START), showPublished()]],
    ["a cancelled show", [showScheduled(), showPublished(), showCancelled()]],
  ];
  const commands: ShowCommand[] = [
    scheduleShow(),
    rescheduleShow(NEW_START),
    rescheduleShow("2030-07-01T19:00:00.000Z"),
    publishShow(),
    cancelShow(),
  ];
  const decideOn = (state: ShowState, command: ShowCommand) => {
    try {
      return showDecider.decide(command, state);
    } catch (error) {
      return isDomainError(error) ? { code: error.code, details: error.details } : error;
    }
  };

  it.each(histories)("restores %s from a JSON snapshot that decides as the folded state does", (_, history) => {
    const folded = fold(showDecider.evolve, showDecider.initialState, history);
    const restored = showDecider.fromSnapshot(JSON.parse(JSON.stringify(showDecider.toSnapshot(folded))));

    expect(restored).toEqual(folded);
    for (const command of commands) expect(decideOn(restored, command)).toEqual(decideOn(folded, command));
  });
});
