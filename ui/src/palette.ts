// One colour per event type, shared by the timeline, the map and the table badges.
import { EVENT_TYPES } from "./vocab";

const COLOURS = [
  "#1f77b4",
  "#d62728",
  "#ff7f0e",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#17becf",
  "#2ca02c",
  "#393b79",
  "#ad494a",
  "#637939",
];

export function typeColour(type: string): string {
  const i = (EVENT_TYPES as readonly string[]).indexOf(type);
  return COLOURS[(i < 0 ? EVENT_TYPES.length : i) % COLOURS.length] as string;
}
