import { Command, InvalidArgumentError, Option } from 'commander';
import { ROLES, type Role } from '#app/eventsourcing';
import { TokenService, durationSeconds, loadConfig, resolveJwtSecret } from '#app/platform';
import { MintDevTokenRequest } from '../../../api/src/dashboard/dev-token.requests.js';
import { duration, likeTheApi } from '../cli-support.js';

const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

const teams = (value: string, previous: string[] = []) => {
  const list = collect(value, previous);
  return likeTheApi(MintDevTokenRequest, 'teams', '--team')(list);
};

function roles(value: string, previous: Role[] = []): Role[] {
  const list = collect(value);
  for (const r of list) {
    if (!(ROLES as readonly string[]).includes(r)) throw new InvalidArgumentError(`unknown role "${r}" (use ${ROLES.join(', ')})`);
  }
  return [...previous, ...(list as Role[])];
}

/** A lifetime the API accepts: a duration up to AUTH_MAX_TOKEN_TTL (a longer token would be refused with 401). */
function ttl(value: string): string {
  duration('--ttl')(value);
  const max = loadConfig().authMaxTokenTtlSeconds;
  if (durationSeconds(value)! > max) throw new InvalidArgumentError(`--ttl must be at most AUTH_MAX_TOKEN_TTL (${max} s); the API refuses longer-lived tokens`);
  return value;
}

/** Mints a bearer token signed with the same secret the API uses (AUTH_JWT_SECRET or the development one). */
export function tokenCommand(): Command {
  return new Command('token')
    .description('mint a bearer token for local use')
    .requiredOption('--sub <id>', 'user id (the token subject)', likeTheApi(MintDevTokenRequest, 'sub', '--sub'))
    .option('--name <name>', 'display name')
    .addOption(new Option('--role <role>', `role, repeatable or comma-separated: ${ROLES.join('|')}`).argParser(roles).makeOptionMandatory())
    .option('--team <team>', 'team id, repeatable or comma-separated', teams, [])
    .option('--ttl <duration>', 'lifetime, e.g. 30m, 8h, 1d (at most AUTH_MAX_TOKEN_TTL, 24h by default)', ttl, '8h')
    .addHelpText('after', '\nExamples:\n  $ salesflow token --sub sue --name "Sue" --role supervisor --team north\n  $ AUD=$(salesflow token --sub aud-1 --role auditor --ttl 30m)\n\nThe token alone goes to stdout; notes go to stderr.')
    .action(async (options: { sub: string; name?: string; role: Role[]; team: string[]; ttl: string }) => {
      const config = loadConfig();
      const { secret, development } = resolveJwtSecret(config);
      if (development) process.stderr.write(`note: signing with the development secret in ${config.dataDir}\n`);
      const token = await new TokenService(secret, {
        ...(config.jwtIssuer ? { issuer: config.jwtIssuer } : {}),
        ...(config.jwtAudience ? { audience: config.jwtAudience } : {}),
      }).sign({ sub: options.sub, name: options.name ?? options.sub, roles: options.role, teams: options.team }, options.ttl);
      process.stdout.write(`${token}\n`);
    });
}
