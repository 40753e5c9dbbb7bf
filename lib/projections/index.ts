import type { Projection } from "./projection";
import { bookingView } from "./booking-view";
import { seatView } from "./seat-view";
import { showView } from "./show-view";

export const allProjections = [showView, seatView, bookingView] as unknown as Array<Projection<never>>;
