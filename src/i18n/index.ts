import { en } from './en.js';

// The interface is English for now; a zh-Hant sibling of en.ts plugs in here.
export const t = en;
