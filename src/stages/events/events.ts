// The events stage (first version): an empty events layer until its issue replaces it.
import { emptyStage } from "../stage.js";

export const events = emptyStage("events", "events", [
  "entities",
  "times",
  "quantities",
  "attribution",
  "places",
]);
