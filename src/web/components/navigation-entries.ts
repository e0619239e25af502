import type { MeResponse } from '../../server/routes/auth/auth.schemas';
import { can } from '../features/auth/permissions';

export interface NavigationEntry {
  to: string;
  label: string;
  /** A count shown beside the label. */
  badge?: 'open-safety-tasks';
}

/** Only screens the signed-in user can use; the server enforces the same permissions on every call. */
export function navigationFor(me: MeResponse): NavigationEntry[] {
  const staff = me.user.kind === 'staff';
  const entries: (NavigationEntry | false)[] = [
    staff && can(me, 'patient.search') && { to: '/patients', label: 'Patients' },
    !staff && me.user.patientId !== null && { to: `/patients/${me.user.patientId}`, label: 'My record' },
    !staff && can(me, 'assessment.self-report') && { to: '/my/questionnaires', label: 'My questionnaires' },
    staff && can(me, 'floor.view') && { to: '/floor', label: 'Treatment floor' },
    staff && can(me, 'session.chart') && { to: '/rems-forms', label: 'REMS forms' },
    staff && can(me, 'stock.read') && { to: '/stock', label: 'Controlled substances' },
    staff && can(me, 'safety.manage') && { to: '/safety', label: 'Safety tasks', badge: 'open-safety-tasks' as const },
    staff && can(me, 'assessment.read') && { to: '/instruments', label: 'Instruments' },
    staff && can(me, 'measurement.configure') && { to: '/measurement-packs', label: 'Measurement packs' },
    can(me, 'user.list') && { to: '/users', label: 'Users' },
    staff && can(me, 'credential.manage') && { to: '/credentials', label: 'Credentials' },
    staff && can(me, 'credential.manage') && { to: '/clinic-page', label: 'Public page' },
    can(me, 'audit.read') && { to: '/audit', label: 'Audit' },
    staff && { to: '/my/credentials', label: 'My credentials' },
    staff && { to: '/', label: 'Clinic' },
    staff && { to: '/status', label: 'System status' },
  ];
  return entries.filter((entry): entry is NavigationEntry => entry !== false);
}
