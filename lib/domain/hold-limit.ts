// The most seats one hold may take. Its own module: the seat map shows it, and importing it from seats.ts would
// put the aggregate (and immutable.js) into the browser's bundle.
export const MAX_SEATS_PER_HOLD = 10;
