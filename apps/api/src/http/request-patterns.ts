/** The shapes every request DTO shares, so ids, dates and text limits mean the same on every route. */
export const TEXT = 4000;
export const SHORT = 200;
/** User, team and salesperson ids. */
export const ID = /^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$/;
/** ISO 4217 shape; the domain checks the code is a real currency. */
export const CURRENCY = /^[A-Z]{3}$/;
/** YYYY-MM-DD; the domain checks it is a calendar date. */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
