/** The steps of reading one dropped file, in order; the panel shows which one is under way. */
export const IMPORT_STAGES = ['reading', 'parsing', 'checking', 'saving'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];
