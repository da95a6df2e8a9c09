// The quantities stage (first version): an empty quantities layer until its issue replaces it.
import { emptyStage } from "../stage.js";

export const quantities = emptyStage("quantities", "quantities", ["sentences"]);
