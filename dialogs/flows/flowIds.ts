/** The dialog id of each flow, for the routes that begin one (kept apart so routes need not load flows). */
export const SYMPTOM_INTERVIEW = 'symptomInterview';
