// The safety core: pure functions, no database. The web app calls them from the ask form,
// POST /api/triage, the importer and moderation.
export type { TriageCategory, TriageResult } from './triage/categories.js';
export { TRIAGE_CATEGORIES } from './triage/categories.js';
export { triage } from './triage/triage.js';
export type { EmergencyNumber } from './triage/emergency-guidance.js';
export { emergencyGuidance, DEFAULT_EMERGENCY_NUMBERS } from './triage/emergency-guidance.js';
export type { SafetyLang } from './script.js';
export type { IdentifierKind, Redaction } from './deid/kinds.js';
export { IDENTIFIER_KINDS } from './deid/kinds.js';
export { deidentify } from './deid/deidentify.js';
