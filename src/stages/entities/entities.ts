// The entities stage (first version): an empty entities layer until its issue replaces it.
import { emptyStage } from "../stage.js";

export const entities = emptyStage("entities", "entities", ["sentences", "places"]);
