import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has working defaults', () => {
    expect(loadConfig({}, '1.2.3')).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: './data',
      siteOrganisation: undefined,
      logLevel: 'info',
      version: '1.2.3',
      session: { idleMinutes: 15, absoluteHours: 12 },
      trustProxy: false,
      mfaRequiredRoles: ['admin', 'medical-director', 'prescriber', 'nurse'],
      publicUrl: 'http://127.0.0.1:3000',
    });
  });

  it('reads the clinic’s choices', () => {
    const config = loadConfig(
      { PORT: '8080', KETACLINIC_SESSION_IDLE_MINUTES: '10', KETACLINIC_MFA_REQUIRED_ROLES: 'nurse, therapist', KETACLINIC_PUBLIC_URL: 'https://clinic.example.org/' },
      '1',
    );
    expect(config).toMatchObject({ port: 8080, session: { idleMinutes: 10 }, mfaRequiredRoles: ['nurse', 'therapist'], publicUrl: 'https://clinic.example.org' });
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'http', KETACLINIC_MFA_REQUIRED_ROLES: 'nurse,janitor', DATABASE_URL: 'mysql://x' }, '1')).toThrow(
      /PORT: .*\n.*DATABASE_URL: must start with postgres:\/\/ or postgresql:\/\/\n.*KETACLINIC_MFA_REQUIRED_ROLES\.1: roles are admin/s,
    );
  });
});
