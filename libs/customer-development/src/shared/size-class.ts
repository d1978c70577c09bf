/** Enterprise size classes as in the national classification (大型 / 中型 / 小型 / 微型). */
export const SIZE_CLASSES = ['large', 'medium', 'small', 'micro'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
