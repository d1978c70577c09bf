import { Logger, Module } from '@nestjs/common';
import { AUDIT_HANDLERS, DecisionExplainers, decisionExplainers } from '#app/audit';
import { AuditSealer, AuditVerifications, EventStore } from '#app/event-store';
import { sealReceiptSinks, verifyOptionsFor, type AppConfig } from '#app/platform';
import { APP_CONFIG } from '../infrastructure/tokens.js';
import { AuditController } from './audit.controller.js';
import { ExportsController } from './exports.controller.js';

@Module({
  controllers: [AuditController, ExportsController],
  providers: [
    ...AUDIT_HANDLERS,
    { provide: DecisionExplainers, useValue: decisionExplainers() },
    {
      provide: AuditVerifications,
      useFactory: (store: EventStore, config: AppConfig) => new AuditVerifications(store, { verifyOptions: () => verifyOptionsFor(config, store) }),
      inject: [EventStore, APP_CONFIG],
    },
    {
      provide: AuditSealer,
      useFactory: (store: EventStore, config: AppConfig) => new AuditSealer(store, { receipts: sealReceiptSinks(config), logger: new Logger('Audit') }),
      inject: [EventStore, APP_CONFIG],
    },
  ],
})
export class AuditModule {}
