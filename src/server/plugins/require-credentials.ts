import { type CredentialAction, credentialProblems, needsRegistration } from '../../domain/credentials/credential-rules.js';
import { AppError } from '../../domain/shared/app-error.js';
import type { Database } from '../../db/database.js';
import { loadCredentialFacts, readCredentialRules } from '../../db/repos/credentials-repo.js';
import type { OrganisationScope } from '../../db/repos/organisations-repo.js';

/**
 * Refuses an action when the person lacks a credential the clinic's rules ask for, naming each one (403
 * CREDENTIAL_REQUIRED, with the problems as `problems`). `who` words the refusal when it is not the actor.
 */
export async function requireCredentials(tx: Database, scope: OrganisationScope, action: CredentialAction, args: { userId: string; locationId: string; now: Date; who?: string }): Promise<void> {
  const rules = await readCredentialRules(tx, scope);
  const facts = await loadCredentialFacts(tx, scope, { userId: args.userId, locationId: args.locationId, now: args.now, withRegistration: needsRegistration(rules, action) });
  const problems = credentialProblems(rules, action, facts, args.now);
  if (problems.length === 0) return;
  const words = problems.map((problem) => (args.who ? problem.message.replace(/^Your /, `${args.who}'s `).replace(/ for you\.$/, ` for ${args.who.toLowerCase()}.`).replace(/^You are /, `${args.who} is `) : problem.message));
  throw new AppError('CREDENTIAL_REQUIRED', words.join(' '), [], { problems: problems.map((problem, index) => ({ code: problem.code, requirement: problem.requirement, message: words[index] })) });
}
