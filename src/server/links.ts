// Link groups as the API names them: a group of two or more refs gets the id `link:` + its first ref.

/**
 * Ref → link id for every ref in a group of two or more; the first ref in code-point order is the
 * linker's own group name (link_units.grp), so these ids equal the events' `linkId`.
 */
export function linkIds(groups: readonly (readonly string[])[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const group of groups) {
    if (group.length < 2) continue;
    const id = `link:${[...group].sort()[0]}`;
    for (const ref of group) out.set(ref, id);
  }
  return out;
}
