import { Global, Inject, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventStore, findDecorator } from '#app/event-store';
import { PersonalDataEventStore, PersonalDataReader, PersonalDataVault } from '#app/personal-data';
import {
  DEV_MASTER_KEY_WARNING,
  MeasuredEventStore,
  Metrics,
  TokenService,
  Runtime,
  createEventStore,
  configuredProcesses,
  createPersonalDataVault,
  createReadStore,
  measureReadYourWrites,
  resolveJwtSecret,
  runtimeSettings,
  storeLogger,
  type AppConfig,
  type Logger,
} from '#app/platform';
import { ProjectionRunner, ReadStore } from '#app/read-store';
import { APP_CONFIG } from './tokens.js';

export interface InfrastructureOverrides {
  eventStore?: EventStore;
  readStore?: ReadStore;
  /** This process in lease records (its process slot); defaults to one unique to the process. */
  holder?: string;
}

export interface InfrastructureServices {
  logger: Logger;
  metrics: Metrics;
  /** `on-init`: the projections start with the app; `manual`: main.ts starts them once the port is bound. */
  runtimeStart: 'on-init' | 'manual';
}

/** Starts the projections and processes with the app (unless RUN_PROJECTIONS=false or started by hand) and closes the stores last. */
class RuntimeLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(Runtime) private readonly runtime: Runtime,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly startOnInit: boolean,
  ) {}

  async onApplicationBootstrap() {
    if (this.config.runProjections && this.startOnInit) await this.runtime.start();
  }

  async onApplicationShutdown() {
    await this.runtime.close();
  }
}

/** Config, stores, the projection runtime and the token service, for every module of the app. */
@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(config: AppConfig, overrides: InfrastructureOverrides, services: InfrastructureServices): DynamicModule {
    const { metrics } = services;
    const authLogger = storeLogger(services.logger, 'Auth');
    const runtimeLogger = storeLogger(services.logger, 'Projections');
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Metrics, useValue: metrics },
        {
          provide: Runtime,
          useFactory: () => {
            const eventStore = new MeasuredEventStore(overrides.eventStore ?? createEventStore(config, runtimeLogger), metrics);
            const runtime = new Runtime(eventStore, overrides.readStore ?? createReadStore(config, runtimeLogger), runtimeLogger, {
              ...runtimeSettings(config),
              processes: configuredProcesses(config, runtimeLogger),
              ...(overrides.holder ? { holder: overrides.holder } : {}),
            });
            metrics.observeProjections(runtime.projections);
            return runtime;
          },
        },
        { provide: EventStore, useFactory: (runtime: Runtime) => runtime.eventStore, inject: [Runtime] },
        { provide: ReadStore, useFactory: (runtime: Runtime) => runtime.readStore, inject: [Runtime] },
        { provide: ProjectionRunner, useFactory: (runtime: Runtime) => measureReadYourWrites(runtime.projections, metrics), inject: [Runtime] },
        {
          provide: PersonalDataVault,
          useFactory: (runtime: Runtime) => {
            if (!config.piiMasterKey) storeLogger(services.logger, 'PersonalData').warn(DEV_MASTER_KEY_WARNING);
            return findDecorator(runtime.eventStore, PersonalDataEventStore)?.vault ?? createPersonalDataVault(config);
          },
          inject: [Runtime],
        },
        { provide: PersonalDataReader, useFactory: (vault: PersonalDataVault) => new PersonalDataReader(vault), inject: [PersonalDataVault] },
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
              maxTtlSeconds: config.authMaxTokenTtlSeconds,
              clockSkewSeconds: config.authClockSkewSeconds,
            });
          },
        },
        { provide: RuntimeLifecycle, useFactory: (runtime: Runtime) => new RuntimeLifecycle(runtime, config, services.runtimeStart === 'on-init'), inject: [Runtime] },
      ],
      exports: [APP_CONFIG, Metrics, Runtime, EventStore, ReadStore, ProjectionRunner, TokenService, PersonalDataVault, PersonalDataReader],
    };
  }
}
