// The figures stage (first version): an empty figures layer until its issue replaces it.
import { emptyStage } from "../stage.js";

export const figures = emptyStage("figures", "figures", ["quantities", "times", "attribution"]);
