import { Module } from '@nestjs/common';
import { AUDIT_HANDLERS, DecisionExplainers, decisionExplainers } from '#app/audit';
import { AuditController } from './audit.controller.js';
import { ExportsController } from './exports.controller.js';

@Module({
  controllers: [AuditController, ExportsController],
  providers: [...AUDIT_HANDLERS, { provide: DecisionExplainers, useValue: decisionExplainers() }],
})
export class AuditModule {}
