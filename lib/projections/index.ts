import type { Projection } from "./projection";
import { bookingView } from "./booking-view";
import { seatView } from "./seat-view";
import { showView } from "./show-view";
import { streamView } from "./stream-view";

export const allProjections = [showView, seatView, bookingView, streamView] as unknown as Array<Projection<never>>;
