// The attribution stage (first version): an empty attribution layer until its issue replaces it.
import { emptyStage } from "../stage.js";

export const attribution = emptyStage("attribution", "attribution", ["sentences", "entities"]);
