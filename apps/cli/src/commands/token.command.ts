import { Command, InvalidArgumentError, Option } from 'commander';
import { ROLES, type Role } from '#app/eventsourcing';
import { TokenService, loadConfig, resolveJwtSecret } from '#app/platform';

const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

function roles(value: string, previous: Role[] = []): Role[] {
  const list = collect(value);
  for (const r of list) {
    if (!(ROLES as readonly string[]).includes(r)) throw new InvalidArgumentError(`unknown role "${r}" (use ${ROLES.join(', ')})`);
  }
  return [...previous, ...(list as Role[])];
}

/** Mints a bearer token signed with the same secret the API uses (AUTH_JWT_SECRET or the development one). */
export function tokenCommand(): Command {
  return new Command('token')
    .description('mint a bearer token for local use')
    .requiredOption('--sub <id>', 'user id (the token subject)')
    .option('--name <name>', 'display name')
    .addOption(new Option('--role <role>', `role, repeatable or comma-separated: ${ROLES.join('|')}`).argParser(roles).makeOptionMandatory())
    .option('--team <team>', 'team id, repeatable or comma-separated', collect, [])
    .option('--ttl <duration>', 'lifetime, e.g. 30m, 8h, 7d', '8h')
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
