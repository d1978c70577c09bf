import { Body, Controller, HttpCode, Module, Param, Post } from '@nestjs/common';
import { RecordActualRequest } from '../../apps/api/src/plans/plan.requests.js';

/** The framework's own cost: RecordActual's route shape, bearer auth and DTO validation, and no command. */
@Controller('bench')
export class CeilingController {
  @Post('ceiling/:planId')
  @HttpCode(200)
  ceiling(@Param('planId') planId: string, @Body() body: RecordActualRequest): { planId: string; revision: number; position: number } {
    return { planId, revision: body.amount, position: 0 };
  }
}

@Module({ controllers: [CeilingController] })
export class CeilingModule {}
