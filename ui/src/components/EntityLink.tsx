// A link to one entity's page.
import { href } from "../router";

export function EntityLink({ entityKey, name }: { entityKey: string; name: string }) {
  return <a href={href(["entities", entityKey])}>{name}</a>;
}
