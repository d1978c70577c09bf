import { Global, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { EventStore, SqliteEventStore } from '#app/event-store';
import { TokenService, resolveJwtSecret, type AppConfig } from '#app/platform';
import { APP_CONFIG } from './tokens.js';

export function createEventStore(config: AppConfig): EventStore {
  return new SqliteEventStore({ filename: join(config.dataDir, 'events.sqlite') });
}

class StoreCloser implements OnApplicationShutdown {
  constructor(private readonly store: EventStore) {}
  async onApplicationShutdown() {
    await this.store.close();
  }
}

/** Config, the event store and the token service, for every module of the app. */
@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(config: AppConfig, overrides: { eventStore?: EventStore } = {}): DynamicModule {
    const logger = new Logger('Auth');
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: EventStore, useFactory: () => overrides.eventStore ?? createEventStore(config) },
        {
          provide: TokenService,
          useFactory: () => {
            const { secret, development } = resolveJwtSecret(config);
            if (development) {
              logger.warn(
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
        { provide: StoreCloser, useFactory: (store: EventStore) => new StoreCloser(store), inject: [EventStore] },
      ],
      exports: [APP_CONFIG, EventStore, TokenService],
    };
  }
}
