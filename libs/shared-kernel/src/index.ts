export { type Granularity, type Period, PERIOD_PATTERN, elapsedDays, elapsedFraction, isCalendarDate, isPeriod, nextPeriod, parsePeriod, periodBounds, periodContains, periodDays } from './period.js';
export { type Money, type Quantity, MAX_AMOUNT, assertAmount, assertMoneyCurrency, isCurrencyCode } from './money.js';
export { type Metric, COUNT_METRICS, METRICS, MONEY_METRICS, assertQuantity, isMetric, isMoneyMetric } from './metric.js';
export { requireAnyRoleInTeam, requireNotSubmitter, requireRole, requireRoleInTeam, requireSystem, requireTeam } from './authorization.js';
export { SYSTEM_ACTOR, processCommandContext } from './system-actor.js';
export { type ReadScope, canReadRow, canReadTeam, readScope, readableRows, readsEverything, readsOwnRowsOnly, requireOrderedRange, requireReadableRow, requireReadableTeam } from './read-access.js';
export { type TeamScope, allForTeams, pageForTeams } from './read-paging.js';
export { type Fresh, type Freshness, type ReadOptions, fresh, freshnessOf } from './freshness.js';
export { occurredAtOf, occurredOn } from './occurred-at.js';
export { type HistoryEvent, type HistoryPage, historyPage } from './history-page.js';
export { dateRefusal, optionalMoney, optionalText, requireCount, requireDate, requireMoney, requireOneOf, requireText, requireTextList } from './validation.js';
export { type Applied, type EventHandling, type Handles, appliedTypes } from './event-handling.js';
export { type Decision, type DecisionKind, DECISION_KINDS, EXPLAINED_KINDS, type ExplainedKind, type DecisionTable, type DecisionType, decisionTypesOf, eventTypesOf } from './decisions.js';
export { type ReadableStream, type StreamReader, readableHistory, readableStream } from './readable-stream.js';
export {
  type FieldClass,
  type FieldClasses,
  type PersonalDataTable,
  type PersonalField,
  type SubjectKind,
  type TextPaths,
  isPersonal,
  NOT_PERSONAL,
  personal,
  SUBJECT_KINDS,
} from './personal-data.js';
export { canSeePersonalData, ERASED, MASKED, PERSONAL_DATA_READERS, UNREADABLE } from './personal-data-access.js';
export { type Shape, type ShapeError, MAX_TEXT, amount, calendarDate, integer, list, money, object, oneOf, optional, requireShape, scalar, text } from './command-shape.js';
export { type Person, actorNameOf, readablePeople, withActor } from './people.js';
