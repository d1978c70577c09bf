import type { Projection, RecordedOf } from '#app/read-store';
import type { EventHandling, Handles, Money } from '#app/shared-kernel';
import { PROSPECT_EVENT_TYPES, type DevelopmentStage, type ProspectEvent } from '../../prospect/prospect.events.js';
import { PROSPECT_STATUS_AFTER, type ProspectStatus } from '../../prospect/prospect.js';
import { DEVELOPMENT_PIPELINE_QUERIES } from './development-pipeline.queries.js';

export const DEVELOPMENT_PIPELINE = 'development-pipeline';

/** Every prospect event may move a prospect to another stage. */
const HANDLING = Object.fromEntries(PROSPECT_EVENT_TYPES.map((type) => [type, 'apply'])) as { readonly [T in ProspectEvent['type']]: 'apply' } satisfies EventHandling<ProspectEvent>;

/**
 * The stage model of the development pipeline: every prospect is in exactly one stage, from its
 * status, and while in development from the stage of its latest development report.
 */
export const PIPELINE_STAGES = [
  'listed',
  'credit_check',
  'credit_hold',
  'key_prospect',
  'application_review',
  'approved',
  'development_started',
  'contacted',
  'needs_analysis',
  'proposal',
  'negotiation',
  'closing',
  'converted',
  'stopped',
  'abandoned',
] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const PIPELINE_PHASES = ['screening', 'application', 'development', 'closed'] as const;
export type PipelinePhase = (typeof PIPELINE_PHASES)[number];

export const PIPELINE_PHASE: Readonly<Record<PipelineStage, PipelinePhase>> = {
  listed: 'screening',
  credit_check: 'screening',
  credit_hold: 'screening',
  key_prospect: 'screening',
  application_review: 'application',
  approved: 'application',
  development_started: 'development',
  contacted: 'development',
  needs_analysis: 'development',
  proposal: 'development',
  negotiation: 'development',
  closing: 'development',
  converted: 'closed',
  stopped: 'closed',
  abandoned: 'closed',
};

export function pipelineStage(status: ProspectStatus, reportStage: DevelopmentStage | null): PipelineStage {
  switch (status) {
    case 'listed':
      return 'listed';
    case 'investigated':
    case 'reinvestigation_requested':
      return 'credit_check';
    case 'on_hold':
      return 'credit_hold';
    case 'key_prospect':
    case 'application_rejected':
      return 'key_prospect';
    case 'application_submitted':
    case 'supervisor_approved':
      return 'application_review';
    case 'approved':
      return 'approved';
    case 'in_development':
      return reportStage ?? 'development_started';
    case 'converted':
    case 'stopped':
    case 'abandoned':
      return status;
    default: {
      const _exhaustive: never = status;
      return 'listed';
    }
  }
}

export interface PipelineEntry {
  prospectId: string;
  name: string;
  salespersonId: string | null;
  status: ProspectStatus;
  reportStage: DevelopmentStage | null;
  expectedDealValue: Money | null;
  stage: PipelineStage;
}

/** One document per team: where each of its prospects stands. */
export interface DevelopmentPipelineDocument {
  id: string;
  team: string;
  prospects: Record<string, PipelineEntry>;
  updatedAt: string;
  lastPosition: number;
}

function nextEntry(entry: PipelineEntry, event: ProspectEvent): PipelineEntry {
  const status = PROSPECT_STATUS_AFTER[event.type] ?? entry.status;
  let { salespersonId, reportStage, expectedDealValue } = entry;
  switch (event.type) {
    case 'ProspectAssigned':
      salespersonId = event.data.salespersonId;
      break;
    case 'DevelopmentApplicationSubmitted':
    case 'DevelopmentStarted':
      expectedDealValue = event.data.expectedDealValue;
      break;
    case 'DevelopmentReportFiled':
      reportStage = event.data.stage;
      expectedDealValue = event.data.expectedDealValue ?? expectedDealValue;
      break;
    default:
      break;
  }
  return { ...entry, salespersonId, status, reportStage, expectedDealValue, stage: pipelineStage(status, reportStage) };
}

export function evolveDevelopmentPipeline(
  document: DevelopmentPipelineDocument | null,
  event: RecordedOf<ProspectEvent>,
  id: string,
): DevelopmentPipelineDocument | null {
  if (document && event.position <= document.lastPosition) return document;
  const doc = document ?? { id, team: event.data.team, prospects: {}, updatedAt: event.createdAt, lastPosition: 0 };
  const { prospectId } = event.data;
  const current = doc.prospects[prospectId];
  let entry: PipelineEntry | undefined;
  if (event.type === 'ProspectAdded') {
    entry = current ?? {
      prospectId,
      name: event.data.name,
      salespersonId: event.data.assignedSalespersonId ?? null,
      status: 'listed',
      reportStage: null,
      expectedDealValue: null,
      stage: 'listed',
    };
  } else if (current) {
    entry = nextEntry(current, { type: event.type, data: event.data } as ProspectEvent);
  }
  if (!entry) return document ? { ...doc, lastPosition: event.position } : null;
  return { ...doc, prospects: { ...doc.prospects, [prospectId]: entry }, updatedAt: event.createdAt, lastPosition: event.position };
}

export const developmentPipelineProjection: Projection<DevelopmentPipelineDocument, ProspectEvent> & Handles<ProspectEvent> = {
  name: DEVELOPMENT_PIPELINE,
  version: 1,
  handling: HANDLING,
  collection: 'development_pipeline',
  get queries() {
    return Object.values(DEVELOPMENT_PIPELINE_QUERIES);
  },
  eventTypes: PROSPECT_EVENT_TYPES,
  keys: (event) => [event.data.team],
  evolve: evolveDevelopmentPipeline,
};
