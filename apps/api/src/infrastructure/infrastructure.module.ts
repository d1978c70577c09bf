import { Global, Inject, Logger, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventStore } from '#app/event-store';
import { TokenService, Runtime, configuredProcesses, createEventStore, createReadStore, resolveJwtSecret, type AppConfig } from '#app/platform';
import { ProjectionRunner, ReadStore } from '#app/read-store';
import { APP_CONFIG } from './tokens.js';

export interface InfrastructureOverrides {
  eventStore?: EventStore;
  readStore?: ReadStore;
  /** This process in lease records (its process slot); defaults to one unique to the process. */
  holder?: string;
}

/** Starts the projections and processes with the app (unless RUN_PROJECTIONS=false) and closes the stores last. */
class RuntimeLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(Runtime) private readonly runtime: Runtime,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    if (this.config.runProjections) await this.runtime.start();
  }

  async onApplicationShutdown() {
    await this.runtime.close();
  }
}

/** Config, stores, the projection runtime and the token service, for every module of the app. */
@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(config: AppConfig, overrides: InfrastructureOverrides = {}): DynamicModule {
    const authLogger = new Logger('Auth');
    const runtimeLogger = new Logger('Projections');
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        {
          provide: Runtime,
          useFactory: () =>
            new Runtime(overrides.eventStore ?? createEventStore(config, runtimeLogger), overrides.readStore ?? createReadStore(config, runtimeLogger), runtimeLogger, {
              leaseTtlMs: config.leaseTtlMs,
              processes: configuredProcesses(config, runtimeLogger),
              ...(overrides.holder ? { holder: overrides.holder } : {}),
            }),
        },
        { provide: EventStore, useFactory: (runtime: Runtime) => runtime.eventStore, inject: [Runtime] },
        { provide: ReadStore, useFactory: (runtime: Runtime) => runtime.readStore, inject: [Runtime] },
        { provide: ProjectionRunner, useFactory: (runtime: Runtime) => runtime.projections, inject: [Runtime] },
        {
          provide: TokenService,
          useFactory: () => {
            const { secret, development } = resolveJwtSecret(config);
            if (development) {
              authLogger.warn(
                '*** AUTH_JWT_SECRET is not set: using a DEVELOPMENT secret kept in DATA_DIR. ' +
                  'Do not expose this instance; set AUTH_JWT_SECRET (32+ characters) in production. ***',
              );
            }
            return new TokenService(secret, {
              ...(config.jwtIssuer ? { issuer: config.jwtIssuer } : {}),
              ...(config.jwtAudience ? { audience: config.jwtAudience } : {}),
            });
          },
        },
        RuntimeLifecycle,
      ],
      exports: [APP_CONFIG, Runtime, EventStore, ReadStore, ProjectionRunner, TokenService],
    };
  }
}
