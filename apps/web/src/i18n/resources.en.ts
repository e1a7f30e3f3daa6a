import core from './en.json';

/** English core texts, loaded only when chosen (the feature texts follow with their pages). */
export const en = core;
