// The places stage (first version): an empty places layer until its issue replaces it.
import { emptyStage } from "../stage.js";

export const places = emptyStage("places", "places", ["sentences"]);
