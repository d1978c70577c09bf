import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor, CommandContext } from '#app/eventsourcing';
import {
  ExecuteDevelopmentScopeCommand,
  GetDevelopmentScopeHistoryQuery,
  GetDevelopmentScopeQuery,
  type DevelopmentScopeCommandOutcome,
  type DevelopmentScopeHistoryPage,
  type DevelopmentScopeView,
} from '#app/customer-development';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { CommandCtx, IfMatch, etagOf } from '../http/command-context.js';
import { CommandRoute } from './command-route.decorator.js';
import { historyPaging } from '../http/request-params.js';
import { DefineDevelopmentScopeRequest } from './development-scope.requests.js';
import { DevelopmentScopeCommandResponse, DevelopmentScopeHistoryPageResponse, DevelopmentScopeResponse } from './prospect.responses.js';
import { StreamHistoryRoute, StreamStateRoute } from '../openapi/route-docs.js';
import type { Reply } from '../http/reply.js';

const READ_ERRORS = { 403: 'Not a reader of the scope’s team (AUTH.TEAM_FORBIDDEN)', 404: 'No such scope (SCOPE.NOT_FOUND)' };

/** Process 2, step 1: one scope per team × period; a redefinition is a new version on the same stream. */
@ApiTags('development-scopes')
@ApiBearerAuth()
@Controller('development-scopes')
export class DevelopmentScopesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @CommandRoute('DefineDevelopmentScope', 'Step 1: the supervisor defines the new-customer scope (201) or redefines it as a new version (200)', {
    status: 201,
    type: DevelopmentScopeCommandResponse,
    conditional: true,
    orRedefined: true,
  })
  async defineScope(
    @Body() body: DefineDevelopmentScopeRequest,
    @CommandCtx() context: CommandContext,
    @IfMatch() rev: number | undefined,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<DevelopmentScopeCommandResponse> {
    const outcome: DevelopmentScopeCommandOutcome = await this.commands.execute(
      new ExecuteDevelopmentScopeCommand({ type: 'DefineDevelopmentScope', data: body, context }, rev),
    );
    reply.status(outcome.revision === 0 ? 201 : 200);
    reply.header('Location', `/api/development-scopes/${outcome.scopeId}`);
    reply.header('ETag', etagOf(outcome.revision));
    if (outcome.replayed) reply.header('Idempotent-Replayed', 'true');
    return { scopeId: outcome.scopeId, revision: outcome.revision, position: outcome.position };
  }

  @Get(':scopeId')
  @StreamStateRoute('GetDevelopmentScope', 'The latest version of the scope (ETag = stream revision)', DevelopmentScopeResponse, READ_ERRORS)
  async getScope(@Param('scopeId') scopeId: string, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: Reply): Promise<DevelopmentScopeView> {
    const scope = await this.queries.execute(new GetDevelopmentScopeQuery(scopeId, actor));
    reply.header('ETag', etagOf(scope.revision));
    return scope;
  }

  @Get(':scopeId/history')
  @StreamHistoryRoute('GetDevelopmentScopeHistory', 'Every version of the scope with who and when', DevelopmentScopeHistoryPageResponse, READ_ERRORS)
  getScopeHistory(
    @Param('scopeId') scopeId: string,
    @CurrentActor() actor: Actor,
    @Query('fromRevision') fromRevision?: string,
    @Query('limit') limit?: string,
  ): Promise<DevelopmentScopeHistoryPage> {
    const page = historyPaging(fromRevision, limit);
    return this.queries.execute(new GetDevelopmentScopeHistoryQuery(scopeId, actor, page.fromRevision, page.limit));
  }
}
