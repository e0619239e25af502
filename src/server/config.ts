import { z } from 'zod';
import { defaultMfaRequiredRoles, type StaffRole, staffRoles } from '../domain/access/roles.js';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  KETACLINIC_DATA_DIR: z.string().min(1).default('./data'),
  KETACLINIC_ORGANISATION: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  // Automatic logoff (HIPAA 164.312(a)(2)(iii) sets no number; SECURITY.md T6 proposes these defaults).
  KETACLINIC_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  KETACLINIC_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  KETACLINIC_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  KETACLINIC_PUBLIC_URL: z.url('must be a URL such as https://clinic.example.org').optional(),
  KETACLINIC_MFA_REQUIRED_ROLES: z
    .string()
    .transform((value) => value.split(',').map((role) => role.trim()).filter(Boolean))
    .pipe(z.array(z.enum(staffRoles, `roles are ${staffRoles.join(', ')}`)))
    .optional(),
});

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Slug of the organisation the sign-in page and shell show when the installation holds several. */
  siteOrganisation: string | undefined;
  logLevel: (typeof logLevels)[number];
  version: string;
  session: { idleMinutes: number; absoluteHours: number };
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* for the client address and https (Secure cookies). */
  trustProxy: boolean;
  /** Where people reach the app, for links in e-mail; defaults to http://HOST:PORT. */
  publicUrl: string;
  /** Staff roles that must set up a second factor before they can use the app. */
  mfaRequiredRoles: readonly StaffRole[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads configuration from the environment; a bad value stops start-up with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv, version: string): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    dataDir: values.KETACLINIC_DATA_DIR,
    siteOrganisation: values.KETACLINIC_ORGANISATION,
    logLevel: values.LOG_LEVEL,
    version,
    session: { idleMinutes: values.KETACLINIC_SESSION_IDLE_MINUTES, absoluteHours: values.KETACLINIC_SESSION_ABSOLUTE_HOURS },
    trustProxy: values.KETACLINIC_TRUST_PROXY === 'true',
    mfaRequiredRoles: values.KETACLINIC_MFA_REQUIRED_ROLES ?? defaultMfaRequiredRoles,
    publicUrl: (values.KETACLINIC_PUBLIC_URL ?? `http://${values.HOST}:${values.PORT}`).replace(/\/$/, ''),
  };
}
