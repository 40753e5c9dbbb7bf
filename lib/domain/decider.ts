// The decider shape every aggregate follows: decide(command, state) -> events, evolve(state, event) -> state.
// No I/O, no clock, no randomness: the caller passes `now` and ids inside commands.

export interface Decider<Command, Event extends { type: string }, State> {
  /** Stream category: stream ids are `<category>-<id>`. */
  category: string;
  /** Bump when the state shape changes: older snapshots are then ignored and the stream replayed. */
  snapshotVersion: number;
  initialState: State;
  /** Returns the events a command produces; throws a DomainError when the command is refused. */
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  /** Serialisable form of the state, for snapshots and the history viewer. */
  toSnapshot(state: State): unknown;
  fromSnapshot(snapshot: unknown): State;
}

export function fold<Event, State>(evolve: (s: State, e: Event) => State, state: State, events: Iterable<Event>): State {
  let current = state;
  for (const event of events) current = evolve(current, event);
  return current;
}
