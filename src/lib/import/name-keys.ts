/** Property names whose value names a user's feature (on the map, in lists and exports), in order of preference. */
export const USER_NAME_KEYS = ['name', '名称', 'Name', 'NAME', 'title', 'label', '名字'] as const;
