import { Module } from '@nestjs/common';
import { GetProspectAsOfHandler, prospectDecisionExplainer } from '#app/customer-development';
import { DecisionExplainers, PLANNING_AUDIT_HANDLERS, planDecisionExplainer } from '#app/sales-planning';
import { AuditController } from './audit.controller.js';
import { ExportsController } from './exports.controller.js';

@Module({
  controllers: [AuditController, ExportsController],
  providers: [
    ...PLANNING_AUDIT_HANDLERS,
    GetProspectAsOfHandler,
    { provide: DecisionExplainers, useValue: new DecisionExplainers([planDecisionExplainer, prospectDecisionExplainer]) },
  ],
})
export class AuditModule {}
