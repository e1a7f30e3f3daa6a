import type { CompetencyItemDto } from '../api/types';

/** Lower case without accents, for "search as you type". */
export const foldText = (value: string): string =>
  value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();

export interface FrameworkIndex {
  /** Items by parent id (null: the areas), in the API's tree order. */
  children: Map<string | null, CompetencyItemDto[]>;
  byId: Map<string, CompetencyItemDto>;
}

export const indexFramework = (items: readonly CompetencyItemDto[]): FrameworkIndex => {
  const children = new Map<string | null, CompetencyItemDto[]>();
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const item of items) {
    const key = item.parentId && byId.has(item.parentId) ? item.parentId : null;
    const list = children.get(key) ?? [];
    list.push(item);
    children.set(key, list);
  }
  return { children, byId };
};

/** Every descendant of an item (children, grandchildren). */
export const descendantsOf = (index: FrameworkIndex, id: string): CompetencyItemDto[] =>
  (index.children.get(id) ?? []).flatMap((child) => [child, ...descendantsOf(index, child.id)]);

/**
 * Which items to show: those that match the search (code or name), with their ancestors (for
 * context) and their descendants. Retired items only when asked. Null: show everything shown.
 */
export const visibleItems = (
  index: FrameworkIndex,
  search: string,
  showRetired: boolean,
): { visible: Set<string>; matches: Set<string> } => {
  const shown = (item: CompetencyItemDto) => showRetired || item.retiredAt === null;
  const term = foldText(search);
  const visible = new Set<string>();
  const matches = new Set<string>();
  const walk = (parentId: string | null, ancestorMatched: boolean, ancestors: string[]) => {
    for (const item of index.children.get(parentId) ?? []) {
      if (!shown(item)) continue;
      const matched = !term || foldText(`${item.code} ${item.name}`).includes(term);
      if (matched && term) matches.add(item.id);
      if (matched || ancestorMatched) {
        visible.add(item.id);
        for (const ancestor of ancestors) visible.add(ancestor);
      }
      walk(item.id, matched || ancestorMatched, [...ancestors, item.id]);
    }
  };
  walk(null, false, []);
  return { visible, matches };
};
