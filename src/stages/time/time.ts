// The time stage (first version): an empty times layer until its issue replaces it.
import { emptyStage } from "../stage.js";

export const time = emptyStage("time", "times", ["sentences"]);
